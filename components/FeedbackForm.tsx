'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { HoneypotField } from './HoneypotField';

interface Props {
  termId: string;
  locale: string;
  /** The term page: where the endpoint sends a reader without JavaScript back to. */
  returnPath: string;
}

type State = 'idle' | 'sending' | 'voted' | 'commented' | 'expired' | 'failed';

const ENDPOINT = '/api/feedback';

async function post(fields: Record<string, string>): Promise<Response> {
  return fetch(ENDPOINT, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
}

/**
 * "Was this helpful? Yes / No", then an optional comment. Without JavaScript it is one
 * plain form (vote, with the comment if written) answered by a redirect to #feedback-…,
 * which CSS shows; with JavaScript the same requests go without a reload.
 */
export function FeedbackForm({ termId, locale, returnPath }: Props) {
  const t = useTranslations('Feedback');
  const [state, setState] = useState<State>('idle');
  const [voteId, setVoteId] = useState<string>();
  const [comment, setComment] = useState('');

  // A reader whose vote went through the plain form (before the script ran) lands here with the answer in the URL.
  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    const answer = query.get('feedback');
    if (answer !== 'thanks' && answer !== 'commented' && answer !== 'expired') return;
    setState(answer === 'thanks' ? 'voted' : answer);
    setVoteId(query.get('fid') ?? undefined);
    // The answer now lives in this component; the address goes back to the one to share.
    window.history.replaceState(null, '', window.location.pathname);
  }, []);

  const vote = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const website = new FormData(event.currentTarget).get('website');
    setState('sending');
    try {
      const response = await post({
        termId,
        locale,
        helpful: submitter?.value === 'no' ? 'no' : 'yes',
        ...(comment.trim() ? { comment } : {}),
        website: typeof website === 'string' ? website : '',
      });
      const body = (await response.json()) as { ok?: boolean; id?: string };
      if (!response.ok || !body.ok) throw new Error(String(response.status));
      setVoteId(body.id);
      setState(comment.trim() ? 'commented' : 'voted');
    } catch {
      setState('failed');
    }
  };

  const sendComment = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!voteId || !comment.trim()) return;
    setState('sending');
    try {
      const response = await post({ id: voteId, comment, locale });
      setState(response.ok ? 'commented' : response.status === 410 ? 'expired' : 'failed');
    } catch {
      setState('failed');
    }
  };

  const commentField = (
    <p className="feedback-comment">
      <label htmlFor="feedback-comment">{t('commentLabel')}</label>
      <textarea
        id="feedback-comment"
        name="comment"
        maxLength={1000}
        rows={3}
        aria-describedby="feedback-comment-hint"
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <span id="feedback-comment-hint" className="feedback-hint">
        {t('commentHint')}
      </span>
    </p>
  );

  return (
    <section className="feedback" id="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('title')}</h2>
      {/* Shown by CSS (:target) after the plain form's redirect; by the script otherwise. */}
      <p className="feedback-message" id="feedback-thanks">{t('thanks')}</p>
      <p className="feedback-message" id="feedback-commented">{t('commented')}</p>
      <p className="feedback-message" id="feedback-expired">{t('expired')}</p>
      <div role="status" className="feedback-status">
        {state === 'voted' && t('thanks')}
        {state === 'commented' && t('commented')}
        {state === 'expired' && t('expired')}
        {state === 'failed' && t('failed')}
      </div>
      {(state === 'idle' || state === 'sending' || state === 'failed') && (
        <form className="feedback-form" method="post" action={ENDPOINT} onSubmit={vote}>
          <input type="hidden" name="termId" value={termId} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="return" value={returnPath} />
          <HoneypotField label={t('website')} />
          <p className="feedback-votes">
            <button type="submit" name="helpful" value="yes" disabled={state === 'sending'}>
              {t('yes')}
            </button>
            <button type="submit" name="helpful" value="no" disabled={state === 'sending'}>
              {t('no')}
            </button>
          </p>
          <details className="feedback-more">
            <summary>{t('commentSummary')}</summary>
            {commentField}
          </details>
        </form>
      )}
      {state === 'voted' && voteId && (
        <form className="feedback-form" method="post" action={ENDPOINT} onSubmit={sendComment}>
          <input type="hidden" name="id" value={voteId} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="return" value={returnPath} />
          {commentField}
          <p>
            <button type="submit">{t('sendComment')}</button>
          </p>
        </form>
      )}
    </section>
  );
}
