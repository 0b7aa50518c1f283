'use client';

import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

/** Runs before first paint (inlined in <head>) so a stored theme never flashes. */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem('atlas-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

function currentTheme(): Theme {
  const stored = document.documentElement.dataset.theme;
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const THEME_EVENT = 'atlas-theme-change';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  window.addEventListener(THEME_EVENT, onChange);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener(THEME_EVENT, onChange);
  };
}

/** Switches between light and dark; the choice is kept in localStorage. */
export function ThemeToggle() {
  // undefined while server rendering: the server cannot know the visitor's theme.
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem('atlas-theme', next);
        } catch {
          // storage unavailable (private mode): the choice lasts for this page
        }
        window.dispatchEvent(new Event(THEME_EVENT));
      }}
    >
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
