import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { AnalysePanel } from './analyse';
import { SelfReviewPanel } from './selfreview';
import { SettingsPanel } from './settings';
import './sidebar.css';

const TABS = { analyse: 'Analyse', selfreview: 'Self-review', settings: 'Settings' } as const;
type Tab = keyof typeof TABS;
const ORDER = Object.keys(TABS) as Tab[];

const PANELS: Record<Tab, () => preact.JSX.Element> = {
  analyse: AnalysePanel,
  selfreview: SelfReviewPanel,
  settings: SettingsPanel,
};

/** Tabs as the ARIA authoring practices describe them: arrow keys, Home and End move between tabs. */
function Sidebar() {
  const [tab, setTab] = useState<Tab>('analyse');
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const move = (event: KeyboardEvent) => {
    const index = ORDER.indexOf(tab);
    const next = {
      ArrowRight: ORDER[(index + 1) % ORDER.length],
      ArrowLeft: ORDER[(index + ORDER.length - 1) % ORDER.length],
      Home: ORDER[0],
      End: ORDER[ORDER.length - 1],
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setTab(next);
    buttons.current[next]?.focus();
  };
  const Panel = PANELS[tab];
  return (
    <main>
      <div class="tabs" role="tablist" aria-label="Trajectory" onKeyDown={move}>
        {ORDER.map((key) => (
          <button
            key={key}
            ref={(element) => {
              buttons.current[key] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${key}`}
            aria-controls={`panel-${key}`}
            aria-selected={tab === key}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => setTab(key)}
          >
            {TABS[key]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Panel />
      </div>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Sidebar />, app);
