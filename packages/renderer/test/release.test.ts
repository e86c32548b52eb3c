import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRelease, compileTemplate, examplesOf, keyId, loadRelease, openRelease, readKey, Release, ReleaseError, sha256, signRelease, verifyRelease, type ReleaseBundle } from "@tactful/renderer";
import { builtInPacks, packDigest, packSet, type PackSet, type PolicyPack } from "@tactful/policies";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAsyncProperty, runs } from "../../../test/support/fuzz.js";

const { packs } = builtInPacks;

const templatesDir = fileURLToPath(new URL("../../../templates/", import.meta.url));
const templates = readdirSync(templatesDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".msg.njk"))
  .map((path) => ({ path, text: readFileSync(join(templatesDir, path), "utf8") }));

const keys = generateKeyPairSync("ed25519");
const other = generateKeyPairSync("ed25519");
const publicPem = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
/** For the checks a bundle gets before its signer is known: no key given, and the caller says so. */
const unverified = { acceptUnverified: true } as const;

function build(privateKey?: KeyObject, release: { sequence?: number; createdAt?: Date; templates?: ReadonlyArray<{ path: string; text: string; packs?: PackSet }> } = {}): ReleaseBundle {
  return buildRelease(
    {
      templates: release.templates ?? templates,
      tool: { name: "test", version: "1" },
      plugin: { name: "@tactful/eslint-plugin", version: "test" },
      lint: { warnings: 0, byRule: {} },
      sequence: release.sequence ?? 1,
      ...(release.createdAt ? { createdAt: release.createdAt } : {}),
    },
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
    expect(bundle.policies.map((pack) => pack.id)).toEqual(packs.map((pack) => pack.id));
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

describe("a release no key verifies is refused unless the caller accepts it unverified", () => {
  const directory = mkdtempSync(join(tmpdir(), "tactful-unverified-"));
  writeFileSync(join(directory, "unsigned.json"), JSON.stringify(build()));
  writeFileSync(join(directory, "signed.json"), JSON.stringify(build(keys.privateKey)));

  for (const kind of ["unsigned", "signed"]) {
    it(`refuses the ${kind} bundle loaded without a public key, saying how to verify it`, async () => {
      const path = join(directory, `${kind}.json`);
      const error = await loadRelease(path).then(() => expect.unreachable("loaded without a key"), (refusal: unknown) => refusal);
      expect(error).toBeInstanceOf(ReleaseError);
      expect((error as ReleaseError).message).toBe(`the release ${path} cannot be verified: no public key was given (give publicKey, or acceptUnverified: true to load it unverified)`);
      expect((error as ReleaseError).messageIn("zh-CN")).toBe(`发布包 ${path}：无法验证：未提供公钥（请提供 publicKey，或以 acceptUnverified: true 明确接受未经验证的发布包）`);
      expect((error as ReleaseError).messageIn("zh-TW")).toBe(`發布包 ${path}：無法驗證：未提供公鑰（請提供 publicKey，或以 acceptUnverified: true 明確接受未經驗證的發布包）`);
      await expect(openRelease(readFileSync(path, "utf8"))).rejects.toThrow("the release cannot be verified: no public key was given");
      await expect(verifyRelease(readFileSync(path, "utf8"))).rejects.toThrow("the release cannot be verified: no public key was given");
    });
  }

  it("loads either when the caller says it accepts an unverified bundle, and a key still wins", async () => {
    await expect(loadRelease(join(directory, "unsigned.json"), { acceptUnverified: true })).resolves.toBeInstanceOf(Release);
    await expect(loadRelease(join(directory, "signed.json"), { acceptUnverified: true })).resolves.toBeInstanceOf(Release);
    await expect(loadRelease(join(directory, "unsigned.json"), { acceptUnverified: true, publicKey: publicPem })).rejects.toThrow("is not signed, and a signature is required");
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
    await expect(openRelease(changed, unverified)).rejects.toThrow("has an invalid signature");
    const unsigned = JSON.parse(changed) as ReleaseBundle;
    delete unsigned.signature;
    await expect(openRelease(JSON.stringify(unsigned), unverified)).rejects.toThrow(`the source of ${signed.templates[0]!.path} does not match its sha256`);
  });

  it("when a template's source and its hash are changed together", async () => {
    const changed = tamper((bundle) => {
      const source = bundle.templates[0]!.source.replace(/\n---\n/, "\n---\nPay now.\n");
      Object.assign(bundle.templates[0]!, { source, sha256: sha256(source) });
    });
    await expect(openRelease(changed, { publicKey: publicPem })).rejects.toThrow("the release has an invalid signature: it was changed after it was signed");
  });

  it("when a hash changes", async () => {
    await expect(openRelease(tamper((bundle) => (bundle.templates[1]!.sha256 = flip(bundle.templates[1]!.sha256))), { publicKey: publicPem })).rejects.toThrow(ReleaseError);
  });

  it("when metadata changes, even with the hash and no key", async () => {
    const changed = tamper((bundle) => ((bundle.templates[2]!.meta as { version: number }).version = 99));
    await expect(openRelease(changed, { publicKey: publicPem })).rejects.toThrow("has an invalid signature");
    const unsigned = JSON.parse(changed) as ReleaseBundle;
    delete unsigned.signature;
    await expect(openRelease(JSON.stringify(unsigned), unverified)).rejects.toThrow("does not match its source");
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
    await expect(openRelease(tamper((bundle) => (bundle.format = 4)), unverified)).rejects.toThrow("has bundle format 4, newer than this renderer reads (3)");
  });

  it("when it is not JSON or not a bundle", async () => {
    await expect(openRelease("{ not json", unverified)).rejects.toThrow(/is not valid JSON/);
    await expect(openRelease(JSON.stringify({ format: 2 }), unverified)).rejects.toThrow(/is not a valid release bundle/);
  });
});

describe("a signature is always verified, and read strictly", () => {
  const signed = build(keys.privateKey);
  const text = JSON.stringify(signed);
  const withSignature = (value: string): string => JSON.stringify({ ...signed, signature: { ...signed.signature!, value } });

  it("refuses a present but invalid signature when no key is given", async () => {
    const value = signed.signature!.value;
    const changed = withSignature(`${value[0] === "A" ? "B" : "A"}${value.slice(1)}`);
    await expect(openRelease(changed, unverified)).rejects.toThrow("the release has an invalid signature: it was changed after it was signed");
    const edited = JSON.parse(text) as ReleaseBundle;
    edited.lint.warnings += 1;
    await expect(openRelease(JSON.stringify(edited), unverified)).rejects.toThrow("has an invalid signature: it was changed after it was signed");
    await expect(openRelease(text, unverified)).resolves.toBeInstanceOf(Release);
  });

  it("refuses anything but the canonical base64 of one Ed25519 signature, with or without a key", async () => {
    const value = signed.signature!.value;
    const variants = [`${value}junk`, `${value}==`, `${value}\n`, ` ${value}`, value.replace(/==$/, ""), `${value.slice(0, 85)}${value[85] === "A" ? "B" : "B"}==`, `${value}${value}`, value.replace(/\+/g, "-").replace(/\//g, "_")];
    for (const variant of variants.filter((candidate) => candidate !== value)) {
      await expect(openRelease(withSignature(variant), unverified), JSON.stringify(variant)).rejects.toThrow(/has an invalid signature|is not a valid release bundle: \/signature\/value must match pattern/);
      await expect(openRelease(withSignature(variant), { publicKey: publicPem }), JSON.stringify(variant)).rejects.toThrow(ReleaseError);
    }
  });

  it("refuses a signature whose key id or key is not the key it names", async () => {
    await expect(openRelease(JSON.stringify({ ...signed, signature: { ...signed.signature!, keyId: keyId(other.publicKey) } }), unverified)).rejects.toThrow(`its key id ${keyId(other.publicKey)} is not the id of the key it carries (${keyId(keys.publicKey)})`);
    const otherKey = other.publicKey.export({ type: "spki", format: "der" }).toString("base64");
    await expect(openRelease(JSON.stringify({ ...signed, signature: { ...signed.signature!, publicKey: otherKey, keyId: keyId(other.publicKey) } }), unverified)).rejects.toThrow("it was changed after it was signed");
  });
});

describe("a bundle is strict JSON", () => {
  const signed = build(keys.privateKey);
  const text = JSON.stringify(signed, null, 2);

  it("refuses a key given twice, anywhere, which parsers keeping the first and the last value would read differently", async () => {
    const source = signed.templates[0]!.source;
    // The signature covers the last `source` (JSON.parse's); a parser keeping the first would render another text.
    const twice = text.replace(`"source": ${JSON.stringify(source)}`, `"source": "Pay now or else",\n      "source": ${JSON.stringify(source)}`);
    expect(JSON.parse(twice)).toEqual(signed);
    await expect(openRelease(twice, { publicKey: publicPem })).rejects.toThrow(/^the release has the key "source" twice in \/templates\/0 \(line \d+, column 7\)$/);
    await expect(openRelease(twice, unverified)).rejects.toThrow(ReleaseError);
    const escaped = text.replace('"format": 3', '"format": 3,\n  "form\\u0061t": 3');
    await expect(openRelease(escaped, unverified)).rejects.toThrow('the release has the key "format" twice in / (line 3, column 3)');
    const nested = text.replace(/"variables": \{/, '"variables": { "x": 1, "x": 1,');
    await expect(openRelease(nested, unverified)).rejects.toThrow(/has the key "x" twice in \/templates\/0\/meta\/variables /);
  });

  it("refuses a number too large to be one, wherever it is", async () => {
    const huge = text.replace('"meta": {', '"meta": {\n        "zz": 1e400,');
    await expect(openRelease(huge, unverified)).rejects.toThrow(/^the release has a number too large to sign at line \d+, column 15$/);
  });

  it("refuses nesting deeper than any bundle has, without overflowing the stack", async () => {
    const deep = JSON.stringify({ ...signed, templates: [{ ...signed.templates[0]!, meta: { deep: 0 } }] }).replace('"deep":0', `"deep":${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    await expect(openRelease(deep, unverified)).rejects.toThrow(/^the release is nested deeper than 128 levels \(line 1, column \d+\)$/);
  });
});

describe("rollback: a sending service can refuse an older release", () => {
  const createdAt = new Date("2026-03-01T08:00:00.000Z");
  const text = JSON.stringify(build(keys.privateKey, { sequence: 5, createdAt }));

  it("records the sequence and the creation time, covered by the signature", async () => {
    const release = await openRelease(text, { publicKey: publicPem });
    expect(release.bundle).toMatchObject({ format: 3, sequence: 5, createdAt: "2026-03-01T08:00:00.000Z" });
  });

  it("refuses a sequence lower than minSequence, and a bundle made before notBefore", async () => {
    await expect(openRelease(text, { publicKey: publicPem, minSequence: 6 })).rejects.toThrow("the release is release 5, older than the oldest accepted (6): an older release put back?");
    await expect(openRelease(text, { publicKey: publicPem, minSequence: 5 })).resolves.toBeInstanceOf(Release);
    await expect(openRelease(text, { publicKey: publicPem, notBefore: "2026-03-01T08:00:00.001Z" })).rejects.toThrow(
      "the release was created at 2026-03-01T08:00:00.000Z, before the oldest accepted (2026-03-01T08:00:00.001Z): an older release put back?",
    );
    await expect(openRelease(text, { publicKey: publicPem, notBefore: createdAt })).resolves.toBeInstanceOf(Release);
    await expect(openRelease(text, { ...unverified, minSequence: 6 })).rejects.toBeInstanceOf(ReleaseError);
    // A time JSON Schema accepts and Date cannot read is not "not older".
    const leap = JSON.stringify({ ...build(undefined, { sequence: 5 }), createdAt: "2026-12-31T23:59:60Z" });
    await expect(openRelease(leap, { ...unverified, notBefore: "2026-01-01T00:00:00Z" })).rejects.toThrow("was created at 2026-12-31T23:59:60Z, before the oldest accepted");
  });

  it("says what is wrong with a minimum that is not one", async () => {
    await expect(openRelease(text, { ...unverified, minSequence: 0 })).rejects.toThrow("minSequence must be a whole number of at least 1, got 0");
    await expect(openRelease(text, { ...unverified, minSequence: 1.5 })).rejects.toThrow("minSequence must be a whole number of at least 1, got 1.5");
    await expect(openRelease(text, { ...unverified, notBefore: "last week" })).rejects.toThrow("notBefore must be a Date or an ISO 8601 date-time, got last week");
  });

  it("refuses a bundle of the older format, which has no sequence, asking to release again", async () => {
    const { sequence: _sequence, ...older } = JSON.parse(text) as ReleaseBundle;
    const format1 = JSON.stringify({ ...older, format: 1, signature: { algorithm: "Ed25519", keyId: older.signature!.keyId, value: older.signature!.value } });
    for (const options of [{}, { publicKey: publicPem }]) {
      await expect(openRelease(format1, { ...unverified, ...options })).rejects.toThrow("the release has bundle format 1, made by an older tactful: it has no release sequence and its signature does not carry its key; release the templates again");
    }
  });

  it("refuses to build a release without a sequence of at least 1", () => {
    expect(() => build(undefined, { sequence: 0 })).toThrow("the release sequence must be a whole number of at least 1, got 0");
  });
});

describe("a release does not depend on the checkout's line endings", () => {
  it("releases a CRLF checkout exactly as an LF checkout: the same sources, hashes and signature", () => {
    const createdAt = new Date("2026-03-01T08:00:00.000Z");
    const crlf = templates.map(({ path, text }) => ({ path, text: text.replace(/\n/g, "\r\n") }));
    expect(crlf.some(({ text }) => text.includes("\r\n"))).toBe(true);
    const fromCrlf = build(keys.privateKey, { createdAt, templates: crlf });
    const fromLf = build(keys.privateKey, { createdAt });
    expect(fromCrlf.templates.map((template) => template.sha256)).toEqual(fromLf.templates.map((template) => template.sha256));
    expect(JSON.stringify(fromCrlf)).toBe(JSON.stringify(fromLf));
    for (const template of fromCrlf.templates) expect(template.source).not.toContain("\r");
  });

  it("refuses a released source with a carriage return, even when its hash matches", async () => {
    const unsigned = build();
    const source = unsigned.templates[0]!.source.replace(/\n/g, "\r\n");
    const changed = { ...unsigned, templates: [{ ...unsigned.templates[0]!, source, sha256: sha256(source) }, ...unsigned.templates.slice(1)] };
    await expect(openRelease(JSON.stringify(changed), unverified)).rejects.toThrow(`the source of ${unsigned.templates[0]!.path} has a carriage return; sources are released with "\\n" line endings`);
  });
});

describe("files named for a key or a release", () => {
  const directory = mkdtempSync(join(tmpdir(), "tactful-named-"));
  mkdirSync(join(directory, "folder"));
  execFileSync("mkfifo", [join(directory, "pipe")]);
  writeFileSync(join(directory, "huge.pem"), "x".repeat((64 << 10) + 1));
  writeFileSync(join(directory, "bundle.json"), JSON.stringify(build(keys.privateKey)));

  // What stands where a regular file is expected; none may block, or be read without end.
  const irregular: Array<[string, string]> = [
    [join(directory, "folder"), "it is a directory, not a regular file"],
    [join(directory, "pipe"), "it is a named pipe (FIFO), not a regular file"],
    ["/dev/zero", "it is a character device, not a regular file"],
  ];
  for (const [path, reason] of irregular) {
    it(`are refused when not a regular file: ${reason}`, async () => {
      await expect(readKey(path, "private")).rejects.toThrow(`cannot read the private key ${path}: ${reason}`);
      await expect(loadRelease(path, unverified)).rejects.toThrow(`cannot read the release ${path}: ${reason}`);
    });
  }

  it("are refused past their size limit, unread", async () => {
    await expect(readKey(join(directory, "huge.pem"), "public")).rejects.toThrow(`cannot read the public key ${join(directory, "huge.pem")}: the file is 65537 bytes; the limit is 65536 bytes`);
    await expect(loadRelease(join(directory, "bundle.json"), { ...unverified, maxBytes: 100 })).rejects.toThrow(/^cannot read the release .*bundle\.json: the file is [\d.]+ [KM]B; the limit is 100 bytes$/u);
    await expect(loadRelease(join(directory, "bundle.json"), { publicKey: keys.publicKey })).resolves.toBeInstanceOf(Release);
  });
});

describe("keys", () => {
  it("explain a missing file, a key that is not PEM, and a key of another type", async () => {
    await expect(loadRelease("/nonexistent/bundle.json", unverified)).rejects.toThrow("cannot read the release /nonexistent/bundle.json: no such file");
    await expect(openRelease(JSON.stringify(build(keys.privateKey)), { publicKey: "/nonexistent/key.pem" })).rejects.toThrow("cannot read the public key /nonexistent/key.pem: no such file");
    await expect(openRelease(JSON.stringify(build(keys.privateKey)), { publicKey: "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n" })).rejects.toThrow("the public key is damaged: its PEM cannot be decoded");
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
    expect(() => build(rsa.privateKey)).toThrow("the private key is rsa; releases are signed with Ed25519 (openssl genpkey -algorithm ed25519)");
    await expect(openRelease(JSON.stringify(build(keys.privateKey)), { publicKey: keys.privateKey })).rejects.toThrow("expected a public key, got a private key");
  });
});

/** Every value in a bundle, by JSON Pointer, with a copy of the bundle in which that value alone is changed. */
function* changedValues(bundle: ReleaseBundle): Generator<[string, string]> {
  const text = JSON.stringify(bundle);
  const paths: Array<Array<string | number>> = [];
  const walk = (value: unknown, path: Array<string | number>): void => {
    // A pack holds thousands of values: the first value of each of its sections stands for the rest.
    if (path.length >= 4 && path[0] === "policies" && path[2] === "pack" && typeof value === "object" && value !== null) {
      const [first] = Object.entries(value);
      if (first) return walk(first[1], [...path, Array.isArray(value) ? 0 : first[0]]);
    }
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    else paths.push(path);
  };
  walk(bundle, []);
  for (const path of paths) {
    if (path[0] === "signature") continue;
    const copy = JSON.parse(text) as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
    const key = path[path.length - 1]!;
    const value = parent[key];
    parent[key] = typeof value === "string" ? (value.length > 0 ? (value[0] === "a" ? "b" : "a") + value.slice(1) : "a") : typeof value === "number" ? value + 1 : typeof value === "boolean" ? !value : "changed";
    yield [`/${path.join("/")}`, JSON.stringify(copy)];
  }
}

describe("the signature covers everything a bundle carries", () => {
  const signed = build(keys.privateKey);
  // Each change is verified over the whole bundle, the packs included: a few templates keep it quick.
  const fewer = build(keys.privateKey, { templates: templates.slice(0, 4) });

  // Several hundred changes, each verified over the whole bundle with the packs' text: more than the default time on a busy 2-core machine.
  it("refuses a change to any value: sources, metadata and schemas, ids, versions, the packs and their content, examples, the lint summary", async () => {
    const refused: string[] = [];
    const accepted: string[] = [];
    for (const [pointer, changed] of changedValues(fewer)) {
      try {
        await openRelease(changed, { publicKey: publicPem });
        accepted.push(pointer);
      } catch (error) {
        expect(error, pointer).toBeInstanceOf(ReleaseError);
        refused.push(pointer);
      }
    }
    expect(accepted).toEqual([]);
    for (const carried of [/^\/sequence$/, /^\/templates\/\d+\/source$/, /^\/templates\/\d+\/meta\/variables\/\w+\/maxLength$/, /^\/templates\/\d+\/meta\/locale$/, /^\/policies\/\d+\/version$/, /^\/policies\/\d+\/sha256$/, /^\/policies\/\d+\/pack\/tone\//, /^\/templates\/\d+\/examples\/\d+\/message\/text$/, /^\/createdAt$/]) {
      expect(refused.filter((pointer) => carried.test(pointer)).length, String(carried)).toBeGreaterThan(0);
    }
  }, 300_000);

  it("refuses a change to any character of any template's source, signed or not", async () => {
    const unsigned = JSON.stringify(build());
    const signedText = JSON.stringify(signed);
    await checkAsyncProperty(
      "change one character of a released source",
      fc.record({ template: fc.nat({ max: signed.templates.length - 1 }), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), replacement: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) }),
      async ({ template, at, replacement }) => {
        const change = (text: string): string => {
          const copy = JSON.parse(text) as ReleaseBundle;
          const source = copy.templates[template]!.source;
          const index = Math.floor(at * source.length);
          fc.pre(source[index] !== replacement);
          copy.templates[template]!.source = source.slice(0, index) + replacement + source.slice(index + 1);
          return JSON.stringify(copy);
        };
        await expect(openRelease(change(signedText), { publicKey: publicPem })).rejects.toThrow("has an invalid signature");
        await expect(openRelease(change(unsigned), unverified)).rejects.toThrow(/does not match its sha256/);
      },
      runs(20, 20),
    );
  });

  it("without a key, checks that sources, hashes, metadata and ids agree, but an unsigned bundle proves nothing of who made it", async () => {
    const unsigned = build();
    const template = unsigned.templates[0]!;
    const edit = (change: (copy: ReleaseBundle) => void): string => {
      const copy = JSON.parse(JSON.stringify(unsigned)) as ReleaseBundle;
      change(copy);
      return JSON.stringify(copy);
    };
    const variables = (copy: ReleaseBundle): Record<string, { maxLength?: number }> => copy.templates[0]!.meta["variables"] as Record<string, { maxLength?: number }>;
    await expect(openRelease(edit((copy) => (Object.values(variables(copy))[0]!.maxLength = 99)), unverified)).rejects.toThrow(`the metadata of ${template.path} does not match its source`);
    await expect(openRelease(edit((copy) => (copy.templates[0]!.locale = "fr-FR")), unverified)).rejects.toThrow(`the id, locale, channel or version of ${template.path} does not match its source`);
    await expect(openRelease(edit((copy) => (copy.templates[0]!.version += 1)), unverified)).rejects.toThrow("does not match its source");
    // A consistent rewrite of source, hash and metadata is a different bundle: only a signature tells them apart.
    const rewritten = edit((copy) => {
      const source = copy.templates[0]!.source.replace("version: 1", "version: 2");
      Object.assign(copy.templates[0]!, { source, sha256: sha256(source), version: 2, meta: { ...copy.templates[0]!.meta, version: 2 } });
    });
    await expect(openRelease(rewritten, unverified)).resolves.toBeInstanceOf(Release);
    const resigned = JSON.stringify({ ...(JSON.parse(rewritten) as ReleaseBundle), signature: signed.signature });
    await expect(openRelease(resigned, { publicKey: publicPem })).rejects.toThrow("has an invalid signature");
  });
});

describe("keys that cannot be used", () => {
  const directory = mkdtempSync(join(tmpdir(), "tactful-keys-"));
  const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
  const x25519 = generateKeyPairSync("x25519");
  const privatePem = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const files: Record<string, string | Buffer> = {
    "ed25519-public.pem": publicPem,
    "ed25519-private.pem": privatePem,
    "rsa-public.pem": rsa.publicKey.export({ type: "spki", format: "pem" }),
    "rsa-private.pem": rsa.privateKey.export({ type: "pkcs8", format: "pem" }),
    "x25519-public.pem": x25519.publicKey.export({ type: "spki", format: "pem" }),
    "empty.pem": "",
    "not-pem.pem": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host\n",
    "der.key": keys.privateKey.export({ type: "pkcs8", format: "der" }),
    "truncated.pem": privatePem.slice(0, 60),
    "certificate.pem": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    "encrypted.pem": keys.privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "secret" }),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  const at = (name: string): string => join(directory, name);
  const signedText = JSON.stringify(build(keys.privateKey));

  const forSigning: Array<[string, string]> = [
    ["ed25519-public.pem", `the private key ${at("ed25519-public.pem")} holds a public key; signing needs the private key`],
    ["rsa-private.pem", "the private key is rsa; releases are signed with Ed25519 (openssl genpkey -algorithm ed25519)"],
    ["empty.pem", `the private key ${at("empty.pem")} is empty; expected a PEM private key (-----BEGIN PRIVATE KEY-----)`],
    ["not-pem.pem", `the private key ${at("not-pem.pem")} is not PEM; expected a PEM private key (-----BEGIN PRIVATE KEY-----)`],
    ["der.key", `the private key ${at("der.key")} is not PEM; expected a PEM private key (-----BEGIN PRIVATE KEY-----)`],
    ["truncated.pem", `the private key ${at("truncated.pem")} is damaged: its PEM cannot be decoded`],
    ["certificate.pem", `the private key ${at("certificate.pem")} holds a certificate, not a key; expected a PEM private key (-----BEGIN PRIVATE KEY-----)`],
    ["encrypted.pem", `the private key ${at("encrypted.pem")} is encrypted with a passphrase; give it unencrypted (openssl pkey -in key.pem -out plain.pem)`],
    ["missing.pem", `cannot read the private key ${at("missing.pem")}: no such file`],
  ];
  const forVerifying: Array<[string, string]> = [
    ["ed25519-private.pem", `the public key ${at("ed25519-private.pem")} holds a private key; verifying needs only the public key`],
    ["rsa-public.pem", "the public key is rsa; releases are signed with Ed25519"],
    ["x25519-public.pem", "the public key is x25519; releases are signed with Ed25519"],
    ["not-pem.pem", `the public key ${at("not-pem.pem")} is not PEM; expected a PEM public key (-----BEGIN PUBLIC KEY-----)`],
    ["certificate.pem", `the public key ${at("certificate.pem")} holds a certificate, not a key`],
    ["missing.pem", `cannot read the public key ${at("missing.pem")}: no such file`],
  ];

  for (const [name, message] of forSigning) {
    it(`for signing: ${name}`, async () => {
      await expect(readKey(at(name), "private")).rejects.toThrow(message);
      await expect(readKey(at(name), "private")).rejects.toBeInstanceOf(ReleaseError);
    });
  }
  for (const [name, message] of forVerifying) {
    it(`for verifying: ${name}`, async () => {
      await expect(openRelease(signedText, { publicKey: at(name) })).rejects.toThrow(message);
      await expect(openRelease(signedText, { publicKey: at(name) })).rejects.toBeInstanceOf(ReleaseError);
    });
  }

  it("the right kind of key, but not the one that signed", async () => {
    await expect(openRelease(signedText, { publicKey: other.publicKey.export({ type: "spki", format: "pem" }).toString() })).rejects.toThrow(`the release is signed with another key (${keyId(keys.publicKey)}, expected ${keyId(other.publicKey)})`);
  });
});

describe("words the linter cannot read in a template", () => {
  const reminder = templates.find((template) => template.path.endsWith("en-US/reminder/due-soon.sms.msg.njk"))!;
  /** The sample reminder with `sentence` written before its last sentence. */
  const withSentence = (sentence: string): typeof templates => [{ path: reminder.path, text: reminder.text.replace("Reply STOP", `${sentence} Reply STOP`) }];
  const refusal = (sentence: string): ReleaseError => {
    try {
      build(undefined, { templates: withSentence(sentence) });
    } catch (error) {
      if (error instanceof ReleaseError) return error;
      throw error;
    }
    throw new Error(`released: ${sentence}`);
  };

  // (A whole sentence in a `{% set %}` value or a dictionary the linter reads itself: see written-values.test.ts.)
  it.each([
    ["a loop over a literal list, split between its items", '{% for w in ["We will call", " your employer."] %}{{ w }}{% endfor %}'],
    ["two {% set %} values printed side by side", '{% set a = "We will call your" %}{% set b = " employer." %}{{ a }}{{ b }}'],
    ["a tag between the words", "We will call your {% if autopay %}{% endif %}employer."],
    ["an empty output between the words", "We will call your {{ '' }}employer."],
  ])("stop the release when an example renders them through %s, saying where and what", (_, sentence) => {
    const error = refusal(sentence);
    expect(error.message).toBe(
      `${reminder.path}: the example \`autopay\` renders “call your employer” (US-TONE-CONTACT-OTHERS), refused words the template does not show.\nThey reach the message through a set value, a loop, a dictionary or across a tag: write them as plain text`,
    );
    expect(error.messageIn("zh-TW")).toContain("範例 `autopay` 算繪出被禁止的「call your employer」（US-TONE-CONTACT-OTHERS）");
  });

  it("leaves what the template says in plain text to the linter, and releases words it would not refuse", () => {
    expect(build(undefined, { templates: withSentence("We will call your employer.") }).templates).toHaveLength(1);
    expect(build(undefined, { templates: withSentence('{% set m = "We will never call your employer." %}{{ m }}') }).templates).toHaveLength(1);
  });
});

describe("the policy packs a release carries", () => {
  const signed = build(keys.privateKey);
  const unsigned = build();
  const changed = (bundle: ReleaseBundle, change: (copy: ReleaseBundle) => void): string => {
    const copy = JSON.parse(JSON.stringify(bundle)) as ReleaseBundle;
    change(copy);
    return JSON.stringify(copy);
  };
  /** Lets a CN collection message go out at any hour. */
  const anyHour = (copy: ReleaseBundle): void => {
    for (const limit of copy.policies[0]!.pack!.sendLimits) if (limit.window !== undefined) limit.window = "00:00-24:00";
  };

  it("are the packs the templates were checked against, content and digest, and open the templates", async () => {
    expect(signed.policies.map(({ id, version, sha256 }) => ({ id, version, sha256 }))).toEqual(packs.map((pack) => ({ id: pack.id, version: pack.version, sha256: packDigest(pack) })));
    const release = await openRelease(JSON.stringify(signed), { publicKey: publicPem });
    expect(release.packs?.packs.map((pack) => pack.id)).toEqual(packs.map((pack) => pack.id));
    expect(release.notes).toEqual([]);
  });

  it("refuses a pack changed after signing, and an unsigned pack that does not match its digest", async () => {
    await expect(openRelease(changed(signed, anyHour), { publicKey: publicPem })).rejects.toThrow("the release has an invalid signature: it was changed after it was signed");
    await expect(openRelease(changed(signed, anyHour), { acceptUnverified: true })).rejects.toThrow("the release has an invalid signature: it was changed after it was signed");
    await expect(openRelease(changed(unsigned, anyHour), { acceptUnverified: true })).rejects.toThrow("the release: the policy pack CN it carries does not match its sha256");
  });

  it("refuses a pack whose digest matches but which is not a valid pack, or not the pack its id and version name", async () => {
    const redigest = (change: (copy: ReleaseBundle) => void) =>
      changed(unsigned, (copy) => {
        change(copy);
        copy.policies[0]!.sha256 = packDigest(copy.policies[0]!.pack!);
      });
    const exponential = redigest((copy) => (copy.policies[0]!.pack!.tone.lexicon[0]!.patterns = ["(a+)+b"]));
    await expect(openRelease(exponential, { acceptUnverified: true })).rejects.toThrow(/^the release: the policy pack CN it carries is not valid: \/policies\/0\/pack\/tone\/lexicon\/0\/patterns\/0: the policy pack is not valid: The pattern can take exponential time/u);
    await expect(openRelease(redigest((copy) => (copy.policies[0]!.pack!.version = "2099.1.0")), { acceptUnverified: true })).rejects.toThrow("the release: the id or version of the policy pack CN does not match its content");
    await expect(openRelease(changed(unsigned, (copy) => copy.policies.push(copy.policies[0]!)), { acceptUnverified: true })).rejects.toThrow("the release carries two policy packs for CN");
  });

  it("still opens a signed bundle of format 2, which names its packs only, and says what it lacks", async () => {
    const older = signRelease({ ...signed, format: 2, policies: signed.policies.map(({ id, version }) => ({ id, version })) }, keys.privateKey);
    const release = await openRelease(JSON.stringify(older), { publicKey: publicPem, name: "release-41.json" });
    expect(release.packs).toBeUndefined();
    const named = packs.map((pack) => `${pack.id} ${pack.version}`).join(", ");
    expect(release.notes.map((note) => [note.id, note.message, note.messageIn("zh-CN")])).toEqual([
      [
        "packsNotRecorded",
        `release-41.json (format 2) names its policy packs (${named}) but does not carry them\nThe sending service's own packs are used until the templates are released again`,
        `release-41.json（格式 2）只列出了其政策包（${named}），未带有其内容\n在重新发布模板之前，使用发送服务自己的政策包`,
      ],
    ]);
    // Format 2 never carried packs: a bundle that says it does is not one.
    await expect(openRelease(JSON.stringify({ ...older, policies: signed.policies }), { acceptUnverified: true })).rejects.toThrow("is not a valid release bundle: /policies/0/sha256 boolean schema is false");
  });

  it("refuses packs given to open it that differ from those it carries", async () => {
    const anyHourPack = JSON.parse(changed(unsigned, anyHour)).policies[0].pack as PolicyPack;
    await expect(openRelease(JSON.stringify(signed), { publicKey: publicPem, compile: { packs: packSet([anyHourPack]) } })).rejects.toThrow(
      "the release carries its policy packs, and the CN pack given differs: leave out `compile.packs`",
    );
    await expect(openRelease(JSON.stringify(signed), { publicKey: publicPem, compile: { packs: packSet(packs) } })).resolves.toBeInstanceOf(Release);
  });

  it("refuses to release templates checked against two different packs of one jurisdiction", () => {
    const anyHourPack = JSON.parse(changed(unsigned, anyHour)).policies[0].pack as PolicyPack;
    const [first, second] = templates.filter(({ path }) => path.startsWith("zh-CN/"));
    expect(() => build(undefined, { templates: [first!, { ...second!, packs: packSet([anyHourPack, packs[1]!]) }] })).toThrow(
      `${second!.path} was checked against another CN pack than other templates: one pack per jurisdiction`,
    );
  });
});
