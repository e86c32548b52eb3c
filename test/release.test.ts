import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileTemplate, examplesOf, loadRelease, type ReleaseBundle } from "@tactful/renderer";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/bin/tactful.js");

function tactful(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const directory = mkdtempSync(join(tmpdir(), "tactful-release-"));
  symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
  return directory;
}

const keys = generateKeyPairSync("ed25519");

describe("tactful release → loadRelease → render", () => {
  it("serves every template of the library, rendering every example as the source does", async () => {
    const directory = workspace();
    writeFileSync(join(directory, "key.pem"), keys.privateKey.export({ type: "pkcs8", format: "pem" }));
    const out = join(directory, "bundle.json");
    const { status, stdout } = tactful(["release", join(root, "templates"), "--out", out, "--key", join(directory, "key.pem")], directory);
    expect(stdout).toMatch(/^Released 49 templates to bundle\.json as release 1, signed with key [0-9a-f]{16}\.\n$/);
    expect(status).toBe(0);

    const release = await loadRelease(out, { publicKey: keys.publicKey });
    const files = readdirSync(join(root, "templates"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".msg.njk"));
    let rendered = 0;
    for (const file of files) {
      const direct = compileTemplate(readFileSync(join(root, "templates", file), "utf8"), { filePath: file });
      for (const example of examplesOf(direct)) {
        expect(release.render(direct.id, { locale: direct.locale, channel: direct.channel }, example.data)).toEqual(direct.render(example.data));
        rendered += 1;
      }
    }
    expect(rendered).toBeGreaterThan(30);
  });

  it("refuses to release a library with lint errors, and writes nothing", () => {
    const directory = workspace();
    mkdirSync(join(directory, "lib"));
    const good = readFileSync(join(root, "templates/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8");
    writeFileSync(join(directory, "lib/good.msg.njk"), good);
    writeFileSync(join(directory, "lib/bad.msg.njk"), good.replace("reminder.due-soon", "reminder.bad").replace("{{ amount | money }}", "{{ amount | money }}{{ typo }}"));
    const { status, stdout } = tactful(["release", "lib", "--out", "bundle.json"], directory);
    expect(status).toBe(1);
    expect(stdout).toMatch(/lib\/bad\.msg\.njk\n.*`typo` is not declared/);
    expect(stdout).toContain("No release: fix the errors above first.");
    expect(existsSync(join(directory, "bundle.json"))).toBe(false);
  });

  it("refuses a library that is not a template or holds none, and writes nothing (exit 2)", () => {
    const directory = workspace();
    mkdirSync(join(directory, "empty"));
    writeFileSync(join(directory, "due.msg.nkj"), readFileSync(join(root, "templates/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8"));
    const cases: Array<[string[], string]> = [
      [["release", "empty", "--out", "bundle.json"], "tactful: no templates (*.msg.njk) in empty: nothing was checked\n"],
      [["release", "due.msg.nkj", "--out", "bundle.json"], "tactful: due.msg.nkj is not a template: templates are named *.msg.njk. Did you mean due.msg.njk?\n"],
      [["report", "empty", "--out", "out"], "tactful: no templates (*.msg.njk) in empty: nothing was checked\n"],
    ];
    for (const [args, stderr] of cases) {
      const result = tactful(args, directory);
      expect(result.stderr, args.join(" ")).toBe(stderr);
      expect(result.status, args.join(" ")).toBe(2);
    }
    expect(existsSync(join(directory, "bundle.json"))).toBe(false);
    expect(existsSync(join(directory, "out"))).toBe(false);
  });

  it("explains a key that is not an Ed25519 private key (exit 2)", () => {
    const directory = workspace();
    writeFileSync(join(directory, "rsa.pem"), generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }));
    const { status, stderr } = tactful(["release", join(root, "templates"), "--out", "b.json", "--key", "rsa.pem"], directory);
    expect(stderr).toBe("tactful: the private key is rsa; releases are signed with Ed25519 (openssl genpkey -algorithm ed25519)\n");
    expect(status).toBe(2);
  });
});

describe("tactful release: sequence, rollback and line endings", () => {
  const signing = (directory: string): string => {
    writeFileSync(join(directory, "key.pem"), keys.privateKey.export({ type: "pkcs8", format: "pem" }));
    return "key.pem";
  };
  const bundleOf = (path: string): ReleaseBundle => JSON.parse(readFileSync(path, "utf8")) as ReleaseBundle;

  it("numbers releases from --sequence or --previous, and a sending service refuses an older one", async () => {
    const directory = workspace();
    const key = signing(directory);
    const first = tactful(["release", join(root, "templates"), "--out", "r7.json", "--key", key, "--sequence", "7"], directory);
    expect(first.stdout).toMatch(/^Released 49 templates to r7\.json as release 7, signed with key [0-9a-f]{16}\.\n$/);
    const second = tactful(["release", join(root, "templates"), "--out", "r8.json", "--key", key, "--previous", "r7.json"], directory);
    expect(second.stdout).toMatch(/as release 8, signed/);
    expect(second.status).toBe(0);
    expect(bundleOf(join(directory, "r8.json")).sequence).toBe(8);
    expect(Date.parse(bundleOf(join(directory, "r8.json")).createdAt)).toBeGreaterThanOrEqual(Date.parse(bundleOf(join(directory, "r7.json")).createdAt));

    await expect(loadRelease(join(directory, "r7.json"), { publicKey: keys.publicKey, minSequence: 8 })).rejects.toThrow(`${join(directory, "r7.json")} is release 7, older than the oldest accepted (8)`);
    await expect(loadRelease(join(directory, "r8.json"), { publicKey: keys.publicKey, minSequence: 8 })).resolves.toBeDefined();
  });

  it("refuses a sequence that is not a whole number or not after --previous, and a --previous it cannot verify (exit 2)", () => {
    const directory = workspace();
    const key = signing(directory);
    expect(tactful(["release", join(root, "templates"), "--out", "r3.json", "--key", key, "--sequence", "3"], directory).status).toBe(0);
    const cases: Array<[string[], string]> = [
      [["--sequence", "0"], "tactful: --sequence must be a whole number of at least 1, got 0\n"],
      [["--sequence", "2.5"], "tactful: --sequence must be a whole number of at least 1, got 2.5\n"],
      [["--sequence", "3", "--previous", "r3.json"], "tactful: --sequence 3 is not higher than the sequence of r3.json (3)\n"],
      [["--previous", "missing.json"], "tactful: cannot take the sequence from the previous release: cannot read the release missing.json: no such file; give --sequence instead of --previous missing.json\n"],
    ];
    for (const [flags, message] of cases) {
      const { status, stdout, stderr } = tactful(["release", join(root, "templates"), "--out", "out.json", "--key", key, ...flags], directory);
      expect(stderr, flags.join(" ")).toBe(message);
      expect(stdout).toBe("");
      expect(status).toBe(2);
    }
    // The previous release must be this key's.
    writeFileSync(join(directory, "other.pem"), generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }));
    const other = tactful(["release", join(root, "templates"), "--out", "out.json", "--key", "other.pem", "--previous", "r3.json"], directory);
    expect(other.stderr).toMatch(/^tactful: cannot take the sequence from the previous release: r3\.json is signed with another key/);
    expect(other.status).toBe(2);
    expect(existsSync(join(directory, "out.json"))).toBe(false);
  });

  it("releases a CRLF checkout with the same sources and hashes as an LF checkout", () => {
    const directory = workspace();
    cpSync(join(root, "templates"), join(directory, "lf"), { recursive: true });
    cpSync(join(root, "templates"), join(directory, "crlf"), { recursive: true });
    const files = readdirSync(join(directory, "crlf"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".msg.njk"));
    for (const file of files) writeFileSync(join(directory, "crlf", file), readFileSync(join(directory, "crlf", file), "utf8").replace(/\r?\n/g, "\r\n"));
    expect(tactful(["release", "lf", "--out", "lf.json"], directory).status).toBe(0);
    const crlf = tactful(["release", "crlf", "--out", "crlf.json"], directory);
    expect(crlf.stdout).toMatch(/^Released 49 templates/);
    const [fromLf, fromCrlf] = [bundleOf(join(directory, "lf.json")), bundleOf(join(directory, "crlf.json"))];
    expect(fromCrlf.templates.map(({ path, sha256, source }) => ({ path, sha256, source }))).toEqual(fromLf.templates.map(({ path, sha256, source }) => ({ path, sha256, source })));
    });
  });

describe("tactful release and the file system", () => {
  const good = readFileSync(join(root, "templates/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8");

  it("bundles the very text it linted, though the file changes on disk after it was linted", async () => {
    const directory = workspace();
    mkdirSync(join(directory, "lib"));
    writeFileSync(join(directory, "lib/a.msg.njk"), good);
    // A project rule that, while the template is linted, writes a threat into it on disk.
    writeFileSync(
      join(directory, "eslint.config.js"),
      `import { readFileSync, writeFileSync } from "node:fs";
import tactful from "@tactful/eslint-plugin";
const swap = { meta: { type: "problem", languages: ["tactful/template"] }, create: (context) => ({ Template() {
  const text = readFileSync(context.filename, "utf8");
  if (!text.includes("上门")) writeFileSync(context.filename, text.replace(/\\n$/, "再不还款就上门找你。\\n"));
} }) };
export default [tactful.configs.recommended, { files: ["**/*.msg.njk"], plugins: { local: { rules: { swap } } }, rules: { "local/swap": "error" } }];
`,
    );
    const { status, stdout } = tactful(["release", "lib", "--out", "bundle.json"], directory);
    expect(stdout).toMatch(/^Released 1 templates to bundle\.json as release 1, unsigned\.\n$/);
    expect(status).toBe(0);
    expect(readFileSync(join(directory, "lib/a.msg.njk"), "utf8")).toContain("上门");
    const bundle = JSON.parse(readFileSync(join(directory, "bundle.json"), "utf8")) as { templates: Array<{ source: string }> };
    expect(JSON.stringify(bundle.templates)).not.toContain("上门");
  });

  it("does not follow --out through a symbolic link out of the project", () => {
    const outside = mkdtempSync(join(tmpdir(), "tactful-release-outside-"));
    writeFileSync(join(outside, "authorized_keys"), "ssh-ed25519 AAAA owner\n");
    const directory = workspace();
    mkdirSync(join(directory, "lib"));
    writeFileSync(join(directory, "lib/a.msg.njk"), good);
    symlinkSync(outside, join(directory, "dist"), "dir");
    symlinkSync(join(outside, "authorized_keys"), join(directory, "bundle.json"));
    for (const out of ["dist/bundle.json", "bundle.json"]) {
      const { status, stderr } = tactful(["release", "lib", "--out", out], directory);
      const target = out === "bundle.json" ? join(outside, "authorized_keys") : join(outside, "bundle.json");
      expect(stderr).toBe(`tactful: --out: ${join(directory, out)} leads to ${target} through a symbolic link, outside ${directory}; it is not followed.\n`);
      expect(status).toBe(2);
    }
    expect(readdirSync(outside)).toEqual(["authorized_keys"]);
    expect(readFileSync(join(outside, "authorized_keys"), "utf8")).toBe("ssh-ed25519 AAAA owner\n");
  });
});

describe("tactful release with a key it cannot use", () => {
  it("says what is wrong with the key in one line, without a stack trace, before linting anything (exit 2)", () => {
    const directory = workspace();
    const privatePem = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const files: Record<string, string | Buffer> = {
      "public.pem": keys.publicKey.export({ type: "spki", format: "pem" }),
      "empty.pem": "",
      "id_ed25519.pub": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host\n",
      "truncated.pem": privatePem.slice(0, 60),
      "encrypted.pem": keys.privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "secret" }),
      "x25519.pem": generateKeyPairSync("x25519").privateKey.export({ type: "pkcs8", format: "pem" }),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
    mkdirSync(join(directory, "keys"));
    const expected: Record<string, string> = {
      "public.pem": "holds a public key; signing needs the private key",
      "empty.pem": "is empty; expected a PEM private key (-----BEGIN PRIVATE KEY-----)",
      "id_ed25519.pub": "is not PEM; expected a PEM private key (-----BEGIN PRIVATE KEY-----)",
      "truncated.pem": "is damaged: its PEM cannot be decoded",
      "encrypted.pem": "is encrypted with a passphrase; give it unencrypted (openssl pkey -in key.pem -out plain.pem)",
      "x25519.pem": "the private key is x25519; releases are signed with Ed25519 (openssl genpkey -algorithm ed25519)",
      keys: `cannot read the private key ${join(directory, "keys")}: it is a directory`,
      "missing.pem": `cannot read the private key ${join(directory, "missing.pem")}: no such file`,
    };
    for (const [key, message] of Object.entries(expected)) {
      const { status, stdout, stderr } = tactful(["release", join(root, "templates"), "--out", "bundle.json", "--key", key], directory);
      expect(stderr, key).toMatch(/^tactful: [^\n]+\n$/);
      expect(stderr, key).toContain(message);
      expect(stdout, key).toBe("");
      expect(status, key).toBe(2);
    }
    expect(existsSync(join(directory, "bundle.json"))).toBe(false);
  });
});

describe("tactful render", () => {
  it("prints an SMS with its encoding, length and segments", () => {
    const { status, stdout } = tactful(["render", "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk", "--example", "longest"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^【示例金融】.*如非本人请忽略。\n\nSMS · UCS-2 · \d+ characters · 2 segments \(67 per segment\)\n$/s);
  });

  it("renders with a data file, as JSON", () => {
    const directory = workspace();
    writeFileSync(join(directory, "data.json"), JSON.stringify({ name: "李四", amount: 88, days: 2, repay_url: "https://pay.example.com/x" }));
    const { status, stdout } = tactful(["render", join(root, "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk"), "--data", "data.json", "--format", "json"], directory);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ channel: "sms", encoding: "UCS-2", text: expect.stringContaining("李*您好") });
  });

  it("lists every way the data does not fit (exit 1), and names an unknown example (exit 2)", () => {
    const directory = workspace();
    writeFileSync(join(directory, "data.json"), JSON.stringify({ name: "李四李四李四", amount: "many" }));
    const bad = tactful(["render", join(root, "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk"), "--data", "data.json"], directory);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("/amount  must be number");
    expect(bad.stdout).toContain("/days  `days` is missing");
    const unknown = tactful(["render", "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk", "--example", "nope"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/has no example `nope` \(examples: /);
  });

  it("refuses a file that is not a template, as lint does, saying the name it likely meant (exit 2)", () => {
    const directory = workspace();
    writeFileSync(join(directory, "due.SMS.MSG.NJK"), readFileSync(join(root, "templates/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8"));
    const { status, stdout, stderr } = tactful(["render", "due.SMS.MSG.NJK"], directory);
    expect(stderr).toBe("tactful: due.SMS.MSG.NJK is not a template: templates are named *.msg.njk. Did you mean due.SMS.msg.njk?\n");
    expect(stdout).toBe("");
    expect(status).toBe(2);
  });

  it("renders an email's HTML", () => {
    const { status, stdout } = tactful(["render", "templates/en-US/collection/agency-past-due.email.msg.njk", "--format", "html"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<p>Hello Jane,<\/p>/);
  });
});
