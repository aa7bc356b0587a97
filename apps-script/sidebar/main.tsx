import { render } from 'preact';
import { useState } from 'preact/hooks';
import { AnalysePanel } from './analyse';
import { SettingsPanel } from './settings';
import './sidebar.css';

const TABS = { analyse: 'Analyse', settings: 'Settings' } as const;
type Tab = keyof typeof TABS;

function Sidebar() {
  const [tab, setTab] = useState<Tab>('analyse');
  return (
    <main>
      <div class="tabs" role="tablist">
        {(Object.keys(TABS) as Tab[]).map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {TABS[key]}
          </button>
        ))}
      </div>
      {tab === 'analyse' ? <AnalysePanel /> : <SettingsPanel />}
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Sidebar />, app);
