import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";
import { useEffect } from "react";
import { allSeries } from "../data/catalog";

/** The INNO pane. */
export function App() {
  useEffect(() => {
    performance.mark("inno:ui-rendered");
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">INNO</Title3>
      <ul>
        {allSeries().map((e) => (
          <li key={e.def.id}>
            <Body1>{e.def.title.en}</Body1>
          </li>
        ))}
      </ul>
    </FluentProvider>
  );
}
