/**
 * Returns sent by mail, each saved as an .eml by the coordinator's mail program, merged by the CLI:
 * the demo's 22 returns, each attached to a mail written by Python's email package (a program other
 * than ours), dated when the return was saved, give the same merge as the folder itself. Half the
 * mails name their attachment as Python's default policy does (RFC 2231, UTF-8, in parts), half as
 * Outlook and Foxmail do (RFC 2047 in GBK inside quotes, via its legacy API), bodies in base64.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMail } from "../../src/hosts/file/mail";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const dir = mkdtempSync(join(tmpdir(), "huibiao-mail-"));
const demo = join(dir, "demo");
const mails = join(dir, "邮件");

const run = (cmd: string, args: string[], input = "") => {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: "utf8", input, timeout: 60_000 });
  if (r.error) throw r.error;
  return r;
};

type Merged = {
  late: Record<string, string[]>;
  reconciliation: Record<string, number>;
  annexes: Record<string, { units: Record<string, number> }>;
  replaced: { unit: string; file: string; by: string }[];
  rejected: { file: string; code: string }[];
};
const merged = (...inputs: string[]): Merged => {
  const r = run(process.execPath, [
    BIN,
    "merge",
    ...inputs,
    ...(inputs.some((i) => i.endsWith(".json")) ? [] : ["--roster", join(demo, "单位名单.txt")]),
    "--json",
    "-o",
    join(dir, "汇总.xlsx"),
  ]);
  expect(r.stderr.split("\n").filter((line) => line && !/^读取 \d+\/\d+/.test(line))).toEqual([]);
  return JSON.parse(r.stdout) as Merged;
};

const PYTHON = String.raw`
import os, sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.text import MIMEText
from email.header import Header
from email import encoders, policy
from email.utils import formatdate

src, out = sys.argv[1], sys.argv[2]
for i, name in enumerate(sorted(os.listdir(src))):
    path = os.path.join(src, name)
    data = open(path, 'rb').read()
    date = formatdate(os.path.getmtime(path), localtime=True)
    stem = os.path.splitext(name)[0]
    if i % 2 == 0:
        m = EmailMessage()
        m['Subject'] = stem
        m['Date'] = date
        m.set_content('请查收附件。')
        m.add_attachment(data, maintype='application', subtype='octet-stream', filename=name)
        raw = m.as_bytes(policy=policy.SMTP)
    else:
        m = MIMEMultipart()
        m['Subject'] = Header(stem, 'gbk')
        m['Date'] = date
        m.attach(MIMEText('请查收附件。', 'plain', 'gbk'))
        part = MIMEBase('application', 'octet-stream')
        part.set_payload(data)
        encoders.encode_base64(part)
        encoded = Header(name, 'gbk').encode()
        part.add_header('Content-Disposition', 'attachment', filename=encoded)
        part.set_param('name', encoded)
        m.attach(part)
        raw = m.as_bytes()
    open(os.path.join(out, stem + '.eml'), 'wb').write(raw)
`;

beforeAll(() => {
  expect(run(process.execPath, [BIN, "demo", "-o", demo]).status).toBe(0);
  mkdirSync(mails);
  const py = run("/usr/bin/python3", ["-c", PYTHON, join(demo, "回收文件"), mails]);
  expect(py.stderr).toBe("");
  expect(readdirSync(mails)).toHaveLength(readdirSync(join(demo, "回收文件")).length);
});

describe("returns sent by mail, saved as .eml", () => {
  it("the mails merge as the folder of their attachments does, each row's file named by its mail", () => {
    const folder = merged(join(demo, "回收文件"));
    const mailed = merged(mails);
    expect(mailed.reconciliation).toEqual(folder.reconciliation);
    expect(mailed.annexes).toEqual(folder.annexes);
    expect(mailed.reconciliation.read).toBeGreaterThan(150);
    // The same re-submission found (法规科's 初稿 replaced by its 修改稿), by the mails' dates.
    const strip = (f: string) => f.replace(/^[^/]+\.eml\//, "");
    expect(mailed.replaced.map((r) => [r.unit, strip(r.file), strip(r.by)])).toEqual(
      folder.replaced.map((r) => [r.unit, r.file, r.by]),
    );
    // The damaged return is damaged in its mail too, named by its mail and its own name.
    expect(mailed.rejected.map((r) => [strip(r.file), r.code])).toEqual(folder.rejected.map((r) => [r.file, r.code]));
    expect(mailed.rejected.every((r) => /^[^/]+\.eml\/[^/]+$/.test(r.file))).toBe(true);
  });

  it("a return that came by mail is late by when the mail was sent (the request's deadline), not when it was saved", () => {
    const request = ["--request", join(demo, "收集任务.json")];
    const folder = merged(join(demo, "回收文件"), ...request);
    // Each mail dated when its return was saved: late as the folder's are.
    const onTime = merged(mails, ...request);
    const strip = (late: Record<string, string[]>) =>
      Object.fromEntries(
        Object.entries(late).map(([u, files]) => [u, files.map((f) => f.replace(/^[^/]+\.eml\//, ""))]),
      );
    expect(strip(onTime.late)).toEqual(folder.late);
    // One of them sent a month later: that unit is late, its workbook saved in time all the same.
    const later = join(dir, "晚发");
    mkdirSync(later);
    const office = readdirSync(mails).find((m) => m.startsWith("办公室"))!;
    for (const m of readdirSync(mails)) {
      const text = readFileSync(join(mails, m), "latin1");
      const sent = m === office ? text.replace(/^Date: .*$/m, "Date: Mon, 20 Mar 2023 10:00:00 +0800") : text;
      writeFileSync(join(later, m), sent, "latin1");
    }
    const late = merged(later, ...request);
    expect(folder.late["办公室"]).toBeUndefined();
    expect(late.late["办公室"]).toEqual([`${office}/${office.replace(/\.eml$/, ".xlsx")}`]);
    expect(strip(late.late)).toEqual({ ...folder.late, 办公室: [office.replace(/\.eml$/, ".xlsx")] });
  });

  it("names written both ways are read: one of each, byte for byte the return that went in", () => {
    const returns = readdirSync(join(demo, "回收文件"));
    const styles = readdirSync(mails).map((m) => {
      const bytes = readFileSync(join(mails, m));
      const { files } = readMail(new Uint8Array(bytes));
      const original = returns.find((f) => f.replace(/\.[^.]+$/, "") === m.replace(/\.eml$/, ""))!;
      expect(files.map((f) => f.path)).toEqual([original]);
      expect(Buffer.from(files[0].bytes).equals(readFileSync(join(demo, "回收文件", original)))).toBe(true);
      const head = bytes.toString("latin1");
      return /filename\*(0\*)?=utf-8''/.test(head) ? "rfc2231" : /filename="=\?gbk\?b\?/i.test(head) ? "rfc2047" : "?";
    });
    expect(new Set(styles)).toEqual(new Set(["rfc2231", "rfc2047"]));
  });
});
