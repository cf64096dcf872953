// The seeds' rhythm for every procedure: 入力 → 確認 → 完了.
export const steps = ['input', 'confirm', 'done'] as const;
export type Step = (typeof steps)[number];
