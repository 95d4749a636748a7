// The architecture as import rules (eslint.config.js turns each entry into `no-restricted-imports`).
// A regex is matched, case-sensitively, against the import's specifier as written ("../../hosts/excel/api").
//   core      pure TypeScript: imports nothing outside src/core, and no package at all
//   hosts     never import the use cases, the UI or the CLI; a host never imports another host
//   app       the use cases: core and the host interfaces, never a host implementation or the UI
//   panels    reach a spreadsheet only through the host interface they get from context
const layer = (name) => ({ regex: `(^|/)${name}(/|$)`, message: `不可依赖 ${name}/（见 CONTRIBUTING.md 的分层规则）` });
// src/commands (the Office function file); src/cli/commands is the CLI's own folder.
const COMMANDS = { regex: "^(\\.\\./)+commands(/|$)", message: "不可依赖 Office 函数文件 src/commands/" };
const OUTER = [...["app", "taskpane", "cli"].map(layer), COMMANDS];
const hostImpl = (...names) =>
  names.map((n) => ({
    regex: `(^|/)hosts/${n}(/|$)|^\\./${n}(/|$)|^\\.\\./${n}(/|$)`,
    message: `不可依赖宿主实现 hosts/${n}/：经 hosts/host.ts 的接口`,
  }));
const ADDIN = { regex: "(^|/)wps/(addin|main)$", message: "不可依赖 WPS 加载项入口 src/wps/" };
const UI = { regex: "^(react|react-dom|@fluentui)(/|$)", message: "界面库只在 src/taskpane 中使用" };

export const BOUNDARIES = [
  {
    files: ["src/core/**/*.ts"],
    forbid: [
      { regex: "^[^.]", message: "src/core 是纯 TypeScript：不引用任何包（宿主、界面、文件库都不行）" },
      ...["hosts", "app", "taskpane", "cli", "commands", "wps"].map(layer),
    ],
  },
  {
    files: ["src/hosts/*.ts", "src/hosts/shared/**/*.ts"],
    forbid: [...OUTER, ...hostImpl("excel", "wps", "file"), ADDIN, UI],
  },
  { files: ["src/hosts/excel/**/*.ts"], forbid: [...OUTER, ...hostImpl("wps", "file"), ADDIN, UI] },
  {
    files: ["src/hosts/wps/**/*.ts"],
    forbid: [...OUTER, ...hostImpl("excel", "file"), { regex: "^\\.\\./\\.\\./wps(/|$)", message: ADDIN.message }, UI],
  },
  { files: ["src/hosts/file/**/*.ts"], forbid: [...OUTER, ...hostImpl("excel", "wps"), ADDIN, UI] },
  {
    files: ["src/app/**/*.ts"],
    forbid: [layer("taskpane"), layer("cli"), COMMANDS, ...hostImpl("excel", "wps", "file"), ADDIN, UI],
  },
  {
    files: ["src/taskpane/panels/**/*.{ts,tsx}"],
    forbid: [layer("cli"), COMMANDS, ...hostImpl("excel", "wps", "file"), ADDIN],
  },
  { files: ["src/taskpane/*.{ts,tsx}"], forbid: [layer("cli"), COMMANDS, ADDIN] },
  { files: ["src/cli/**/*.ts"], forbid: [layer("taskpane"), COMMANDS, ...hostImpl("excel", "wps"), ADDIN, UI] },
  { files: ["src/commands/**/*.ts", "src/wps/**/*.ts"], forbid: [layer("taskpane"), layer("cli"), UI] },
];
