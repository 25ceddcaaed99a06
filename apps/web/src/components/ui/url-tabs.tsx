import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useSearchParams } from 'react-router';

export interface UrlTab {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Tabs whose selection lives in `?tab=`, so a tab can be linked to (the account menu does) and survives a
 * reload. Arrow keys move between tabs, as the ARIA tabs pattern expects.
 */
export function UrlTabs({ tabs, label }: { tabs: UrlTab[]; label: string }) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const selected = tabs.find((tab) => tab.id === requested)?.id ?? tabs[0]?.id;
  return (
    <Tabs
      className="tabs"
      selectedKey={selected}
      onSelectionChange={(key) => {
        const next = new URLSearchParams(params);
        next.set('tab', String(key));
        setParams(next, { replace: true });
      }}
    >
      <TabList aria-label={label} className="tab-list">
        {tabs.map((tab) => (
          <Tab key={tab.id} id={tab.id} className="tab">
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="tab-panel">
          {tab.content}
        </TabPanel>
      ))}
    </Tabs>
  );
}
