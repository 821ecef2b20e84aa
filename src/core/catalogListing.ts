import { allSeries, CatalogEntry } from "../data/catalog";
import { Topic } from "../data/seriesDefinitions";
import { optionalText } from "./arguments";
import { Cell, DomainError } from "./errors";
import { infoField } from "./seriesInfo";

const TOPICS: readonly Topic[] = ["rd", "patents", "trade", "hightech", "dependence", "macro", "provinces"];

/** Reads "6", "figure 6", "Fig. 6" or "3.2" as a figure id. */
function figureOf(topic: string): string | undefined {
  const match = /^(?:fig(?:ure)?\.?\s*)?(\d(?:\.\d)?)$/i.exec(topic.trim());
  return match?.[1];
}

/** The series a topic selects: a topic word, a figure, or a word found in an id or a title (English or Chinese). */
export function seriesForTopic(topic: string | undefined): readonly CatalogEntry[] {
  const all = allSeries();
  if (topic === undefined || topic === "" || topic.toLowerCase() === "all") return all;
  const word = topic.toLowerCase();
  if ((TOPICS as readonly string[]).includes(word)) return all.filter((e) => e.def.topic === word);
  const figure = figureOf(topic);
  if (figure) return all.filter((e) => e.def.figure === figure);
  return all.filter(
    (e) => e.def.id.includes(word) || e.def.title.en.toLowerCase().includes(word) || e.def.title.zh.includes(topic),
  );
}

/**
 * INNO.LIST: the catalog as a spill with a header row: id, title, unit, years, figure, source.
 * A topic narrows it; a topic that selects nothing is #N/A naming the topics.
 */
export function catalogListing(topic?: unknown): Cell[][] {
  const text = optionalText(topic, "topic");
  const entries = seriesForTopic(text);
  if (entries.length === 0) {
    throw new DomainError(
      "no-data",
      `No series matches "${text}". Topics: ${TOPICS.join(", ")}; figures 1-7 and 3.2; or a word of a title.`,
    );
  }
  const header: Cell[] = ["id", "title", "unit", "years", "figure", "source"];
  return [
    header,
    ...entries.map((e) => [
      e.def.id,
      e.def.title.en,
      e.def.unit.en,
      infoField(e, "years"),
      infoField(e, "figure"),
      e.def.vintage.en,
    ]),
  ];
}
