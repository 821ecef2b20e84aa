import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifestUrls } = require("../../scripts/manifestUrls") as {
  rewriteManifestUrls: (xml: string, url: string) => string;
};

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});
const doc = parser.parse(xml) as Node;

/** Every element named `name` anywhere under `node`. */
function findAll(node: unknown, name: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => findAll(n, name));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node as Node).flatMap(([key, value]) => [
    ...(key === name ? (value as Node[]) : []),
    ...findAll(value, name),
  ]);
}

const attr = (node: Node | undefined, name: string) => (node?.[`@${name}`] as string | undefined) ?? "";
const resources = (kind: string) =>
  findAll(findAll(doc, "Resources"), kind).flatMap((group) =>
    findAll(group, kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String"),
  );

describe("manifest.xml (offline checks; `npm run validate` asks Microsoft's service online)", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("resolves every resid to a resource", () => {
    const ids = new Set(
      ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((k) => resources(k).map((r) => attr(r, "id"))),
    );
    const resids = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1] as string);
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((r) => !ids.has(r))).toEqual([]);
  });

  it("declares a shared runtime with custom functions in the INNO namespace and a ribbon button for the pane", () => {
    expect(findAll(doc, "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toContainEqual([
      "SharedRuntime",
      "1.1",
    ]);
    const runtime = findAll(doc, "Runtime")[0];
    expect(attr(runtime, "lifetime")).toBe("long");
    const shared = attr(runtime, "resid");
    const functions = findAll(doc, "ExtensionPoint").find((e) => attr(e, "type") === "CustomFunctions");
    expect(functions).toBeDefined();
    expect(attr(findAll(findAll(functions, "Page"), "SourceLocation")[0], "resid")).toBe(shared);
    expect(attr(findAll(functions, "Namespace")[0], "resid")).toBe("Functions.Namespace");
    expect(attr(findAll(findAll(functions, "Metadata"), "SourceLocation")[0], "resid")).toBe("Functions.Metadata.Url");
    expect(findAll(findAll(functions, "Script"), "SourceLocation")).toHaveLength(1);
    expect(attr(findAll(doc, "FunctionFile")[0], "resid")).toBe(shared);
    const button = findAll(doc, "Control").find((c) => attr(c, "type") === "Button");
    const action = findAll(button, "Action")[0];
    expect(attr(action, "type")).toBe("ShowTaskpane");
    expect(attr(findAll(action, "SourceLocation")[0], "resid")).toBe(shared);
    const namespace = resources("ShortStrings").find((s) => attr(s, "id") === "Functions.Namespace");
    expect(attr(namespace, "DefaultValue")).toBe("INNO");
  });

  it("asks for ReadWriteDocument only and declares no AppDomains", () => {
    expect(findAll(doc, "Permissions")[0]).toBe("ReadWriteDocument");
    expect(findAll(doc, "AppDomains")).toEqual([]);
  });

  it("has display name, description and ribbon strings in en-US and zh-CN", () => {
    for (const name of ["DisplayName", "Description"]) {
      const element = findAll(doc, name)[0];
      expect(attr(findAll(element, "Override")[0], "Locale")).toBe("zh-CN");
    }
    for (const s of [...resources("ShortStrings"), ...resources("LongStrings")].filter(
      (r) => attr(r, "id") !== "Functions.Namespace",
    )) {
      expect(findAll(s, "Override").map((o) => attr(o, "Locale"))).toEqual(["zh-CN"]);
    }
    const metadata = resources("Urls").find((u) => attr(u, "id") === "Functions.Metadata.Url");
    expect(attr(findAll(metadata, "Override")[0], "Value")).toMatch(/functions\.zh-CN\.json$/);
  });

  it("keeps strings within the schema's length limits", () => {
    const values = (nodes: Node[]) =>
      nodes.flatMap((n) => [attr(n, "DefaultValue"), ...findAll(n, "Override").map((o) => attr(o, "Value"))]);
    for (const s of values(resources("ShortStrings"))) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of values(resources("LongStrings"))) expect(s.length).toBeLessThanOrEqual(250);
    for (const s of values(findAll(doc, "DisplayName"))) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of values(findAll(doc, "Description"))) expect(s.length).toBeLessThanOrEqual(250);
    for (const s of values(resources("Urls"))) expect(s.length).toBeLessThanOrEqual(2048);
    expect(findAll(doc, "Id")[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(findAll(doc, "Version")[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("uses only HTTPS URLs, all on one origin", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.every((u) => u.startsWith("https://"))).toBe(true);
    expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set(["https://localhost:3000"]));
  });

  it("points at icons that exist with the declared pixel sizes", () => {
    for (const image of resources("Images")) {
      const url = new URL(attr(image, "DefaultValue"));
      const png = readFileSync(join(root, url.pathname));
      const size = Number(/(\d+)x\1$/.exec(attr(image, "id"))?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("follows the deployment URL in a build, and refuses one that is not https", () => {
    const deployed = rewriteManifestUrls(xml, "https://inno.example.org/addin");
    expect(deployed).not.toMatch(/="https:\/\/localhost/);
    expect(deployed).toMatch(/"https:\/\/inno\.example\.org\/addin\/taskpane\.html"/);
    expect(() => rewriteManifestUrls(xml, "http://inno.example.org/")).toThrow(/https/);
  });
});
