// Entry of the task pane. The functions chunk loads before this one; the UI (React, Fluent UI) is fetched
// lazily so that a workbook full of INNO formulas never waits for it.

async function officeReady(): Promise<void> {
  if (typeof Office === "undefined") return;
  await Office.onReady();
}

async function start(): Promise<void> {
  await officeReady();
  const { mountApp } = await import(/* webpackChunkName: "ui" */ "./mountApp");
  const root = document.getElementById("root");
  if (root) await mountApp(root);
}

void start();
