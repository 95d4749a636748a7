/** Browser APIs jsdom lacks that Fluent UI uses (MessageBar observes its size). Tests only. */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
}
export {};
