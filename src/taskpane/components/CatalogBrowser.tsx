import {
  makeStyles,
  SearchBox,
  Tree,
  TreeItem,
  TreeItemLayout,
  Caption1,
  tokens,
  Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Lang } from "../../data/seriesDefinitions";
import { Dataset, figureHeading, searchByFigure } from "../../excel/datasets";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  empty: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  readonly datasets: readonly Dataset[];
  readonly selectedKey: string | null;
  readonly onSelect: (key: string) => void;
  readonly lang: Lang;
  readonly strings: Strings;
}

/** The catalog grouped by the paper's figures, with a search box (English or Chinese titles, ids). */
export function CatalogBrowser({ datasets, selectedKey, onSelect, lang, strings }: Props) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  // Only the selected dataset's figure starts open, so the preview stays near; a search opens every match.
  const selectedFigure = datasets.find((d) => d.key === selectedKey)?.figure;
  const [opened, setOpened] = useState<ReadonlySet<string>>(
    () => new Set(selectedFigure ? [`group-${selectedFigure}`] : []),
  );
  const groups = useMemo(() => searchByFigure(query, datasets), [query, datasets]);
  return (
    <div className={styles.root}>
      <SearchBox
        aria-label={strings.searchLabel}
        placeholder={strings.searchPlaceholder}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {groups.length === 0 ? (
        <Text className={styles.empty}>{strings.noMatch}</Text>
      ) : (
        <Tree
          aria-label={strings.catalogLabel}
          openItems={query.trim() !== "" ? groups.map((g) => `group-${g.figure}`) : [...opened]}
          onOpenChange={(_, data) => setOpened(new Set([...data.openItems].map(String)))}
        >
          {groups.map(({ figure, items }) => (
            <TreeItem key={figure} itemType="branch" value={`group-${figure}`}>
              <TreeItemLayout>{figureHeading(figure, lang)}</TreeItemLayout>
              <Tree>
                {items.map((d) => (
                  <TreeItem
                    key={d.key}
                    itemType="leaf"
                    value={d.key}
                    aria-selected={d.key === selectedKey}
                    data-dataset={d.key}
                    onClick={() => onSelect(d.key)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter" || event.key === " ") {
                        event.preventDefault();
                        onSelect(d.key);
                      }
                    }}
                  >
                    <TreeItemLayout className={d.key === selectedKey ? styles.selected : undefined}>
                      {/* The group's heading already gives the figure's title: its own entry says what it is. */}
                      {d.key.startsWith("series-") ? d.title[lang] : strings.wholeFigure}
                      {d.key.startsWith("series-") && <Caption1> · {d.columns[0]?.series}</Caption1>}
                    </TreeItemLayout>
                  </TreeItem>
                ))}
              </Tree>
            </TreeItem>
          ))}
        </Tree>
      )}
    </div>
  );
}
