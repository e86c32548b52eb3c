import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRelease, compileTemplate, examplesOf, loadRelease, openRelease, ReleaseError, type ReleaseBundle } from "@tactful/renderer";
import { beforeAll, describe, expect, it } from "vitest";

const templatesDir = fileURLToPath(new URL("../../../templates/", import.meta.url));
const templates = readdirSync(templatesDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".msg.njk"))
  .map((path) => ({ path, text: readFileSync(join(templatesDir, path), "utf8") }));

const keys = generateKeyPairSync("ed25519");
const other = generateKeyPairSync("ed25519");
const publicPem = keys.publicKey.export({ type: "spki", format: "pem" }).toString();

function build(privateKey?: KeyObject): ReleaseBundle {
  return buildRelease(
    { templates, tool: { name: "test", version: "1" }, plugin: { name: "@tactful/eslint-plugin", version: "test" }, lint: { warnings: 0, byRule: {} } },
    privateKey ? { privateKey } : {},
  );
}

describe("a signed release", () => {
  let bundle: ReleaseBundle;
  beforeAll(() => {
    bundle = build(keys.privateKey);
  });

  it("carries every template with its source, hash, metadata and rendered examples, and the pack versions", () => {
    expect(bundle.templates).toHaveLength(templates.length);
    expect(bundle.policies.map((pack) => pack.id)).toEqual(["CN", "US"]);
    expect(bundle.signature).toMatchObject({ algorithm: "Ed25519", keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    for (const template of bundle.templates) expect(template.examples!.length).toBeGreaterThan(0);
  });

  it("renders every template with every example exactly as the source renders it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tactful-release-")), "bundle.json");
    writeFileSync(file, JSON.stringify(bundle));
    const release = await loadRelease(file, { publicKey: publicPem });
    expect(release.list()).toHaveLength(templates.length);
    let rendered = 0;
    for (const { path, text } of templates) {
      const direct = compileTemplate(text, { filePath: path });
      for (const example of examplesOf(direct)) {
        expect(release.render(direct.id, { locale: direct.locale, channel: direct.channel }, example.data)).toEqual(direct.render(example.data));
        rendered += 1;
      }
    }
    expect(rendered).toBeGreaterThan(30);
  });

  it("tells which template is missing", async () => {
    const release = await openRelease(JSON.stringify(bundle), { publicKey: publicPem });
    expect(() => release.render("no.such", { locale: "zh-CN", channel: "sms" }, {})).toThrow("the release has no template no.such for zh-CN sms");
  });
});

describe("a changed release is refused", () => {
  const signed = build(keys.privateKey);
  const text = JSON.stringify(signed);
  const tamper = (change: (bundle: ReleaseBundle) => void): string => {
    const copy = JSON.parse(text) as ReleaseBundle;
    change(copy);
    return JSON.stringify(copy);
  };
  const flip = (value: string, at = Math.floor(value.length / 2)): string => value.slice(0, at) + (value[at] === "a" ? "b" : "a") + value.slice(at + 1);

  it("when one byte of a template's source changes (signature and hash both catch it)", async () => {
    const changed = tamper((bundle) => (bundle.templates[0]!.source = flip(bundle.templates[0]!.source)));
    await expect(openRelease(changed, { publicKey: publicPem })).rejects.toThrow("has an invalid signature");
    await expect(openRelease(changed)).rejects.toThrow(`the source of ${signed.templates[0]!.path} does not match its sha256`);
  });

  it("when a hash changes", async () => {
    await expect(openRelease(tamper((bundle) => (bundle.templates[1]!.sha256 = flip(bundle.templates[1]!.sha256))), { publicKey: publicPem })).rejects.toThrow(ReleaseError);
  });

  it("when metadata changes, even with the hash and no key", async () => {
    const changed = tamper((bundle) => ((bundle.templates[2]!.meta as { version: number }).version = 99));
    await expect(openRelease(changed, { publicKey: publicPem })).rejects.toThrow("has an invalid signature");
    await expect(openRelease(changed)).rejects.toThrow("does not match its source");
  });

  it("when the signature changes", async () => {
    await expect(openRelease(tamper((bundle) => (bundle.signature!.value = flip(bundle.signature!.value, 10))), { publicKey: publicPem })).rejects.toThrow("has an invalid signature");
  });

  it("when it is unsigned and a key is required", async () => {
    await expect(openRelease(JSON.stringify(build()), { publicKey: publicPem })).rejects.toThrow("is not signed, and a signature is required");
  });

  it("when it is signed with another key", async () => {
    await expect(openRelease(text, { publicKey: other.publicKey })).rejects.toThrow(/signed with another key/);
  });

  it("when it comes from a newer format", async () => {
    await expect(openRelease(tamper((bundle) => (bundle.format = 2)))).rejects.toThrow("has bundle format 2, newer than this renderer reads (1)");
  });

  it("when it is not JSON or not a bundle", async () => {
    await expect(openRelease("{ not json")).rejects.toThrow(/is not valid JSON/);
    await expect(openRelease(JSON.stringify({ format: 1 }))).rejects.toThrow(/is not a valid release bundle/);
  });
});

describe("keys", () => {
  it("explain a missing file, a key that is not PEM, and a key of another type", async () => {
    await expect(loadRelease("/nonexistent/bundle.json")).rejects.toThrow("cannot read the release /nonexistent/bundle.json: no such file");
    await expect(openRelease(JSON.stringify(build(keys.privateKey)), { publicKey: "/nonexistent/key.pem" })).rejects.toThrow("cannot read the public key /nonexistent/key.pem: no such file");
    await expect(openRelease(JSON.stringify(build(keys.privateKey)), { publicKey: "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n" })).rejects.toThrow(/is not a PEM public key/);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
    expect(() => build(rsa.privateKey)).toThrow("the private key is rsa; releases are signed with Ed25519 (openssl genpkey -algorithm ed25519)");
    await expect(openRelease(JSON.stringify(build(keys.privateKey)), { publicKey: keys.privateKey })).rejects.toThrow("expected a public key, got a private key");
  });
});
