/** Categories an entry may declare; their labels live in messages under `Categories`. */
export const CATEGORIES = ['revenue', 'sales', 'compensation', 'people', 'operations'] as const;
export type Category = (typeof CATEGORIES)[number];
