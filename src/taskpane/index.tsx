// Entry of the task pane. The functions chunk runs before this one, so the functions are registered before any UI
// code arrives. The UI (React, Fluent UI) is requested at once and fetched and compiled while office.js is still
// initialising: Office.onReady is the longest wait of a pane's start, and the UI no longer queues behind it.

async function officeReady(): Promise<void> {
  if (typeof Office === "undefined") return;
  await Office.onReady();
}

async function start(): Promise<void> {
  const ui = import(/* webpackChunkName: "ui" */ "./mountApp");
  await officeReady();
  const { mountApp } = await ui;
  const root = document.getElementById("root");
  if (root) await mountApp(root);
}

void start();
