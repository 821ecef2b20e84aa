import {
  Caption1,
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../data/seriesDefinitions";
import { ALL_DATASETS, findDataset, primaryEntry } from "../excel/datasets";
import { buildPlan, PlanOptions, regionYears } from "../excel/insertionPlan";
import type { InsertOutcome, InsertTarget } from "../excel/applyPlan";
import { CatalogBrowser } from "./components/CatalogBrowser";
import { DatasetPreview } from "./components/DatasetPreview";
import type { TargetChoice } from "./components/InsertPanel";
import type { WorkbookHost } from "./host";
import { useCommand } from "./hooks/useCommand";
import { initialLanguage, rememberLanguage } from "./i18n/language";
import { STRINGS } from "./i18n/strings";
import { officeTheme } from "./theme";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

// The Analyse tab (and the econometrics it computes with) loads when first opened: the Datasets tab renders first.
const AnalysePanel = lazy(() => import(/* webpackChunkName: "analyse" */ "./components/AnalysePanel"));
// Loaded when first needed (chunks of their own), so the first render carries only what the Datasets tab shows
// on its first screen; the insert panel, below the preview, follows at once.
const InsertPanel = lazy(() => import("./components/InsertPanel").then((m) => ({ default: m.InsertPanel })));
const WorkbookTools = lazy(() => import("./components/WorkbookTools").then((m) => ({ default: m.WorkbookTools })));
const OccupiedDialog = lazy(() => import("./components/OccupiedDialog").then((m) => ({ default: m.OccupiedDialog })));

const DEFAULT_OPTIONS: Omit<PlanOptions, "lang"> = { mode: "values", chart: true, note: true };

/** The INNO pane: browse the catalog, preview a dataset, insert it. */
export function App({ host }: { host: WorkbookHost | null }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLanguage);
  const strings = STRINGS[lang];
  const [selectedKey, setSelectedKey] = useState<string>(ALL_DATASETS[0]?.key ?? "");
  const [options, setOptions] = useState<PlanOptions>({ ...DEFAULT_OPTIONS, lang });
  const [target, setTarget] = useState<TargetChoice>("newSheet");
  const [occupied, setOccupied] = useState<Extract<InsertOutcome, { status: "occupied" }> | null>(null);
  const [view, setView] = useState<"datasets" | "workbook" | "analyse">("datasets");
  const dataset = findDataset(selectedKey);
  const plan = useMemo(() => (dataset ? buildPlan(dataset, { ...options, lang }) : null), [dataset, options, lang]);
  const years = useMemo(() => (dataset ? regionYears(primaryEntry(dataset)) : []), [dataset]);
  const insert = useCallback(
    (insertTarget: InsertTarget) => {
      if (!host || !plan) return Promise.reject(new Error(strings.needsExcel));
      return host.insert(plan, insertTarget);
    },
    [host, plan, strings.needsExcel],
  );
  const command = useCommand(insert);

  useEffect(() => {
    performance.mark("inno:ui-rendered");
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);

  const run = async (insertTarget: InsertTarget) => {
    setOccupied(null);
    const outcome = await command.run(insertTarget);
    if (outcome?.status === "occupied") setOccupied(outcome);
  };
  const chooseLanguage = (next: Lang) => {
    setLang(next);
    rememberLanguage(next);
  };
  const selectDataset = (key: string) => {
    setSelectedKey(key);
    setOptions((o) => ({ ...o, year: undefined, fullTable: false }));
    command.reset();
  };

  return (
    <FluentProvider theme={officeTheme()} lang={lang === "zh" ? "zh-CN" : "en"}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{strings.appTitle}</Title3>
          <Caption1 className={styles.subtitle}>{strings.appSubtitle}</Caption1>
          <TabList
            aria-label={strings.language}
            size="small"
            selectedValue={lang}
            onTabSelect={(_, data) => chooseLanguage(data.value as Lang)}
          >
            <Tab value="en">English</Tab>
            <Tab value="zh">中文</Tab>
          </TabList>
        </header>
        <TabList
          aria-label={strings.appTitle}
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as typeof view)}
        >
          <Tab value="datasets">{strings.tabDatasets}</Tab>
          <Tab value="workbook">{strings.tabWorkbook}</Tab>
          <Tab value="analyse">{strings.tabAnalyse}</Tab>
        </TabList>
        {view === "analyse" && (
          <Suspense fallback={<Spinner size="small" label={strings.analyseLoading} />}>
            <AnalysePanel host={host} lang={lang} strings={strings} />
          </Suspense>
        )}
        {view === "workbook" && (
          <Suspense fallback={null}>
            <WorkbookTools host={host} lang={lang} strings={strings} />
          </Suspense>
        )}
        {view === "datasets" && (
          <CatalogBrowser
            datasets={ALL_DATASETS}
            selectedKey={selectedKey}
            onSelect={selectDataset}
            lang={lang}
            strings={strings}
          />
        )}
        {view === "datasets" && dataset && plan && (
          <>
            <DatasetPreview dataset={dataset} plan={plan} lang={lang} strings={strings} />
            <Suspense fallback={null}>
              <InsertPanel
                dataset={dataset}
                options={{ ...options, lang }}
                onOptions={setOptions}
                target={target}
                onTarget={setTarget}
                years={years}
                canInsert={host !== null}
                state={command.state}
                onInsert={() => void run({ kind: target })}
                strings={strings}
              />
            </Suspense>
          </>
        )}
        {occupied && (
          <Suspense fallback={null}>
            <OccupiedDialog
              outcome={occupied}
              strings={strings}
              onBelow={() => void run({ kind: "cell", ...occupied.nextFree })}
              onNewSheet={() => void run({ kind: "newSheet" })}
              onCancel={() => setOccupied(null)}
            />
          </Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
