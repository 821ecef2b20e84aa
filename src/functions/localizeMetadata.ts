/**
 * Makes a localized functions.json from the generated English one and a dictionary. The JSDoc generator cannot
 * localize, so every description, parameter help and enum tooltip in another language lives in one dictionary per
 * language (locales/<lang>.json). Ids, parameter names and enum values never change: they are what formulas store.
 */

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string }[];
    result?: unknown;
  }[];
  enums?: { id: string; values: { name: string; stringValue?: string; tooltip: string }[] }[];
  [key: string]: unknown;
}

export interface MetadataDictionary {
  functions: Record<string, { description: string; parameters: Record<string, string> }>;
  enums: Record<string, Record<string, string>>;
}

/** What the dictionary lacks for this metadata (empty when every text is translated). */
export function missingTranslations(metadata: FunctionsMetadata, dictionary: MetadataDictionary): string[] {
  const missing: string[] = [];
  for (const fn of metadata.functions) {
    const entry = dictionary.functions[fn.id];
    if (!entry) {
      missing.push(`function ${fn.id}`);
      continue;
    }
    for (const p of fn.parameters) if (!entry.parameters[p.name]) missing.push(`${fn.id} parameter ${p.name}`);
  }
  for (const e of metadata.enums ?? []) {
    for (const v of e.values)
      if (!dictionary.enums[e.id]?.[v.stringValue ?? v.name]) missing.push(`enum ${e.id} value ${v.name}`);
  }
  return missing;
}

/** The metadata with every text replaced by the dictionary's; throws naming what is missing. */
export function localizeMetadata(metadata: FunctionsMetadata, dictionary: MetadataDictionary): FunctionsMetadata {
  const missing = missingTranslations(metadata, dictionary);
  if (missing.length > 0) throw new Error(`The metadata dictionary lacks: ${missing.join("; ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = dictionary.functions[fn.id] as MetadataDictionary["functions"][string];
      return {
        ...fn,
        description: entry.description,
        parameters: fn.parameters.map((p) => ({ ...p, description: entry.parameters[p.name] })),
      };
    }),
    enums: metadata.enums?.map((e) => ({
      ...e,
      values: e.values.map((v) => ({ ...v, tooltip: dictionary.enums[e.id]?.[v.stringValue ?? v.name] ?? v.tooltip })),
    })),
  };
}
