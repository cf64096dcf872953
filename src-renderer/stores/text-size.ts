// The 小 / 中 / 大 text size is a property of the terminal (the person who needs large text at
// this kiosk is likely to be back), so it lives in localStorage and survives the idle reset.
export const textSizes = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof textSizes)[number];

const STORAGE_KEY = 'madoguchi.textSize';

export function readTextSize(storage: Pick<Storage, 'getItem'> = localStorage): TextSize {
  const saved = storage.getItem(STORAGE_KEY);
  return (textSizes as readonly string[]).includes(saved ?? '') ? (saved as TextSize) : 'medium';
}

export function writeTextSize(size: TextSize, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, size);
}

/** The root element carries the size; base.css turns it into the root font size every rem follows. */
export function applyTextSize(size: TextSize): void {
  document.documentElement.dataset.textSize = size;
}
