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

/**
 * Tabs as the ARIA authoring practices describe them: arrow keys, Home and End move between tabs.
 * A panel is made the first time its tab is opened and then kept (hidden while another tab
 * shows), so results, a half-edited form and the self-review stay until the teacher runs again.
 */
function Sidebar() {
  const [tab, setTab] = useState<Tab>('analyse');
  const [opened, setOpened] = useState<ReadonlySet<Tab>>(new Set(['analyse']));
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const open = (next: Tab) => {
    setTab(next);
    setOpened((current) => (current.has(next) ? current : new Set([...current, next])));
  };
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
    open(next);
    buttons.current[next]?.focus();
  };
  return (
    <main>
      {/* Sheets' title bar shows the name; the heading is there for screen readers. */}
      <h1 class="visually-hidden">Trajectory</h1>
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
            onClick={() => open(key)}
          >
            {TABS[key]}
          </button>
        ))}
      </div>
      {ORDER.map((key) => {
        const Panel = PANELS[key];
        return (
          <div
            key={key}
            role="tabpanel"
            id={`panel-${key}`}
            aria-labelledby={`tab-${key}`}
            hidden={tab !== key}
          >
            {opened.has(key) && <Panel />}
          </div>
        );
      })}
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Sidebar />, app);
