import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FIRST_RUN_KEY, panelShortcut } from '../lib/first-run';

/**
 * Shown until the teacher dismisses it: how to keep the toolbar button in view (Chrome hides
 * a new extension under its Extensions menu) and the shortcut that opens the panel.
 */
export function FirstRunTip() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    void (async () => {
      const stored = await browser.storage.local.get(FIRST_RUN_KEY);
      if (stored[FIRST_RUN_KEY]) return;
      setShortcut(panelShortcut(await browser.commands.getAll()));
      setVisible(true);
    })();
  }, []);

  if (!visible) return null;
  return (
    <aside class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Keep Trajectory one click away</h2>
      <p>
        Pin its button to the toolbar: click the Extensions button (the jigsaw piece) at the top right of
        Chrome, then the pin beside Trajectory.
      </p>
      <p>
        {shortcut ? (
          <>
            Or press <kbd>{shortcut}</kbd> on any page to open this panel beside it.
          </>
        ) : (
          <>Chrome has given the panel no shortcut; choose one at chrome://extensions/shortcuts.</>
        )}
      </p>
      <button
        type="button"
        onClick={() => {
          setVisible(false);
          void browser.storage.local.set({ [FIRST_RUN_KEY]: true });
        }}
      >
        Got it
      </button>
    </aside>
  );
}
