/** @jest-environment ./test/helpers/jsdom-environment.cjs */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { lazy } from "react";
import { LazyPart } from "../../src/taskpane/panels/shared/LazyPart";

afterEach(cleanup);

describe("a part fetched when first needed", () => {
  it("shows once loaded", async () => {
    const Part = lazy(async () => ({ default: () => <p>已加载</p> }));
    render(
      <LazyPart>
        <Part />
      </LazyPart>,
    );
    expect(await screen.findByText("已加载")).toBeTruthy();
  });

  it("says so in a line, and the rest of the pane stays, when its chunk cannot be fetched", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const Part = lazy(() => Promise.reject(new Error("ChunkLoadError: Loading chunk 284 failed.")));
    render(
      <main>
        <h1>汇表助手</h1>
        <LazyPart>
          <Part />
        </LazyPart>
      </main>,
    );
    expect((await screen.findByRole("alert")).textContent).toMatch(/这一部分没能加载/);
    expect(screen.getByRole("heading", { name: "汇表助手" })).toBeTruthy();
    quiet.mockRestore();
  });
});
