import './view-tabs.css';

export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
}

/** The tab's and its panel's element ids, so a panel can name the tab that labels it. */
export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/**
 * Tabs as the ARIA pattern has them: one tab stop, arrow keys (and Home,
 * End) move between tabs and show each. The panels are the caller's,
 * each with role="tabpanel" and the ids above.
 */
export function ViewTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
  prefix,
}: {
  tabs: ViewTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  prefix: string;
}) {
  const move = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(tabs[next]!.id);
    document.getElementById(tabId(prefix, tabs[next]!.id))?.focus();
  };
  return (
    <div class="view-tabs" role="tablist" aria-label={label} onKeyDown={move}>
      {tabs.map((tab) => (
        <button
          type="button"
          role="tab"
          key={tab.id}
          id={tabId(prefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(prefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
