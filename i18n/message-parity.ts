import type en from '../messages/en.json';
import type it from '../messages/it.json';

// Fails the type check when one language lacks a key the other has.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const messagesHaveSameKeys: SameShape<typeof it, typeof en> = true;
