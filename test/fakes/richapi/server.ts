/**
 * A RichApi endpoint over an in-memory workbook: it answers the requests Microsoft's own Excel client
 * library (the excel-web-16.00.js that dist/office/ serves) sends to `new Excel.RequestContext(url)`,
 * so the Excel host runs on Microsoft's proxy classes, argument checks and serialisation.
 *
 * What the protocol is, as the served script writes and reads it (excel-web-16.00.debug.js):
 * - a request is {Actions, ObjectPaths}; object paths are the global object (1), a property (4), a
 *   method (3), an indexer (5) or a null object (7); actions instantiate a path (1), query it (2,
 *   QueryInfo.Select in camelCase), call a method (3) or set a property (4), by PascalCase name;
 * - the response is {Results: [{ActionId, Value}], Error?: {Code, Message, ActionIndex}}: query values
 *   use PascalCase keys, collections answer {_Items: […]}, a null object answers null;
 * - actions run in order and stop at the first failure; what ran before it stays done;
 * - Excel.run keeps references to ranges (a `_KeepReference` call, then an instantiate answered with a
 *   `_ReferenceId`; the client then addresses the range by that id, type 6, until `_RemoveReference`),
 *   and an object with an id (a worksheet) answers its instantiation with the id, so that a sheet made
 *   by worksheets.add() can still be used after the sync (the client rewrites the path to
 *   worksheets[id]);
 * - Excel on the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded,
 *   ResponsePayloadSizeLimitExceeded, HTTP 413 with {error: {code, message}}).
 */
import { OfficeError, type FakeBook } from "../excel/book";
import { TYPES, type Obj } from "./objects";

/** Arguments; where ReferencedObjectPathIds has a non-zero id, the argument is that object (a Range for getBoundingRect). */
interface ArgumentInfo {
  readonly Arguments?: unknown[];
  readonly ReferencedObjectPathIds?: unknown[];
}

interface PathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: {
    readonly Select?: string[];
    readonly Expand?: string[];
    readonly Top?: number;
    readonly Skip?: number;
  };
}

export interface RichApiRequest {
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, PathInfo>>;
}

const encoder = new TextEncoder();
const NULL = Symbol("null object");
type Resolved = Obj | typeof NULL;

/** Handles one request against the book: what the HTTP endpoint would answer. */
export function answer(book: FakeBook, requestText: string): { statusCode: number; body: string } {
  const requestBytes = encoder.encode(requestText).length;
  if (requestBytes > book.requestLimit)
    return tooLarge(
      book,
      "RequestPayloadSizeLimitExceeded",
      `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
    );
  book.largestRequest = Math.max(book.largestRequest, requestBytes);
  const request = JSON.parse(requestText) as RichApiRequest;
  // Excel.run ends with a request of its own that lets Excel drop the ranges it kept: not a sync of the host's.
  if (request.Actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference")) book.cleanups++;
  else book.syncs++;
  const session = new Batch(book, request);
  const body = JSON.stringify(session.run());
  const responseBytes = encoder.encode(body).length;
  if (responseBytes > book.requestLimit)
    return tooLarge(
      book,
      "ResponsePayloadSizeLimitExceeded",
      `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
    );
  book.largestResponse = Math.max(book.largestResponse, responseBytes);
  return { statusCode: 200, body };
}

/** Excel on the web's answer to a request or response over its limit (the largest sizes count only what was accepted). */
function tooLarge(book: FakeBook, code: string, message: string) {
  book.refused++;
  return { statusCode: 413, body: JSON.stringify({ error: { code, message } }) };
}

class Batch {
  private readonly objects = new Map<number, Resolved>();
  /** Paths whose object a `_KeepReference` asked to keep beyond this request. */
  private readonly keep = new Set<number>();

  constructor(
    private readonly book: FakeBook,
    private readonly request: RichApiRequest,
  ) {}

  run(): { Results: { ActionId: number; Value: unknown }[]; Error?: unknown } {
    const results: { ActionId: number; Value: unknown }[] = [];
    for (let i = 0; i < this.request.Actions.length; i++) {
      const action = this.request.Actions[i];
      try {
        const value = this.act(action);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        if (!(e instanceof OfficeError)) throw e;
        return {
          Results: results,
          Error: { Code: e.code, Message: e.message, Location: "", ActionIndex: i, HttpStatusCode: 400 },
        };
      }
    }
    return { Results: results };
  }

  private act(action: ActionInfo): unknown {
    const target = this.resolve(action.ObjectPathId);
    const args = this.args(action.ArgumentInfo);
    switch (action.ActionType) {
      case 1: {
        // Instantiate: a null object answers null (the client then treats the path as null).
        if (target === NULL) return null;
        if (this.keep.delete(action.ObjectPathId)) return { _ReferenceId: this.book.keepReference(target) };
        if (target.t === "Worksheet") return { Id: target.sheet.id };
        return undefined;
      }
      case 2:
        return target === NULL ? null : this.query(target, action.QueryInfo?.Select);
      case 3: {
        if (target === NULL) return undefined; // calls on a null object do nothing
        if (action.Name === "_KeepReference") return void this.keep.add(action.ObjectPathId);
        if (action.Name === "_RemoveReference") return void this.book.references.delete(String(args[0]));
        const method = TYPES[target.t].methods?.[action.Name] as
          ((o: Obj, a: unknown[], b: FakeBook) => unknown) | undefined;
        if (!method) throw notModelled(`${target.t}.${action.Name}()`);
        const value = method(target, args, this.book);
        return value === undefined ? undefined : value;
      }
      case 4: {
        if (target === NULL) return undefined;
        const set = TYPES[target.t].set?.[action.Name] as ((o: Obj, v: unknown, b: FakeBook) => void) | undefined;
        if (!set) throw notModelled(`${target.t}.${action.Name} =`);
        set(target, args[0], this.book);
        return undefined;
      }
      default:
        throw notModelled(`action type ${action.ActionType} (${action.Name})`);
    }
  }

  /** Evaluates an object path once per request, its parents first. */
  private resolve(id: number): Resolved {
    const known = this.objects.get(id);
    if (known !== undefined) return known;
    const path = this.request.ObjectPaths[String(id)];
    if (!path) throw new OfficeError("InvalidObjectPath", `Object path ${id} is not in the request.`);
    const resolved = this.evaluate(path);
    this.objects.set(id, resolved);
    return resolved;
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const refs = info?.ReferencedObjectPathIds ?? [];
    return (info?.Arguments ?? []).map((a, i) =>
      typeof refs[i] === "number" && refs[i] !== 0 ? this.resolve(refs[i] as number) : a,
    );
  }

  private evaluate(path: PathInfo): Resolved {
    const args = this.args(path.ArgumentInfo);
    if (path.ObjectPathType === 1) return { t: "Workbook" };
    if (path.ObjectPathType === 7) return NULL;
    if (path.ObjectPathType === 6) {
      const kept = this.book.references.get(path.Name);
      if (!kept) throw new OfficeError("InvalidObjectPath", `Reference ${path.Name} is no longer kept.`);
      return kept as Obj;
    }
    const parent = this.resolve(path.ParentObjectPathId!);
    if (parent === NULL) return NULL;
    const type = TYPES[parent.t] as {
      nav?: Record<string, (o: Obj, b: FakeBook) => Obj>;
      methods?: Record<string, (o: Obj, a: unknown[], b: FakeBook) => unknown>;
      indexer?: (o: Obj, key: unknown, b: FakeBook) => Obj;
    };
    if (path.ObjectPathType === 4) {
      const nav = type.nav?.[path.Name];
      if (!nav) throw notModelled(`${parent.t}.${path.Name}`);
      return nav(parent, this.book);
    }
    if (path.ObjectPathType === 3) {
      const method = type.methods?.[path.Name];
      if (!method) throw notModelled(`${parent.t}.${path.Name}()`);
      return (method(parent, args, this.book) as Obj | null) ?? NULL;
    }
    if (path.ObjectPathType === 5) {
      if (!type.indexer) throw notModelled(`${parent.t}[…]`);
      return type.indexer(parent, args[0], this.book);
    }
    throw notModelled(`object path type ${path.ObjectPathType}`);
  }

  /** A query's answer: the selected scalar properties (PascalCase), or a collection's items. */
  private query(target: Obj, select: readonly string[] | undefined): unknown {
    const type = TYPES[target.t] as {
      get?: Record<string, (o: Obj, b: FakeBook) => unknown>;
      items?: (o: Obj, b: FakeBook) => Obj[];
      defaults?: readonly string[];
    };
    if (type.items) return { _Items: type.items(target, this.book).map((item) => this.query(item, select)) };
    const wanted = select?.length ? select.map(pascal) : (type.defaults ?? Object.keys(type.get ?? {}));
    const out: Record<string, unknown> = {};
    for (const prop of wanted) {
      if (prop === "IsNullObject") continue;
      const get = type.get?.[prop];
      if (!get) throw notModelled(`reading ${target.t}.${prop}`);
      out[prop] = get(target, this.book);
    }
    if (target.t === "Worksheet") out.Id = target.sheet.id;
    return out;
  }
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function notModelled(what: string): Error {
  return new Error(`fake RichApi server: ${what} is not modelled`);
}
