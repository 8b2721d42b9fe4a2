import { element } from "./dom.js";

/**
 * The Compose editor: a plain textarea over a backdrop that paints highlighted lines, with a gutter
 * of line numbers. Lines never wrap, so line N of the text is row N of the gutter and the backdrop.
 */
export class ComposeEditor {
  private rows = 0;
  private marked = new Map<number, string>();

  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly gutter: HTMLElement,
    private readonly backdrop: HTMLElement,
  ) {
    textarea.addEventListener("scroll", () => this.syncScroll());
  }

  get text(): string {
    return this.textarea.value;
  }

  /** Replaces the whole text (loading an example or another file); clears marks. */
  setText(text: string): void {
    this.textarea.value = text;
    this.textarea.scrollTop = 0;
    this.textarea.setSelectionRange(0, 0);
    this.refreshRows();
    this.mark(new Map());
  }

  /** Rebuilds the gutter and backdrop rows when the number of lines changed. */
  refreshRows(): void {
    const count = this.text.split("\n").length;
    if (count === this.rows) return;
    this.rows = count;
    const numbers: HTMLElement[] = [];
    const bars: HTMLElement[] = [];
    for (let line = 1; line <= count; line += 1) {
      numbers.push(element("div", { className: "row", text: String(line), attributes: { "data-line": String(line) } }));
      bars.push(element("div", { className: "row", attributes: { "data-line": String(line) } }));
    }
    this.gutter.replaceChildren(...numbers);
    this.backdrop.replaceChildren(...bars);
    this.paint();
    this.syncScroll();
  }

  /** The 1-based line holding the caret. */
  caretLine(): number {
    return this.text.slice(0, this.textarea.selectionStart).split("\n").length;
  }

  /** Moves the caret to line:column (1-based), scrolls it into view and focuses the editor. */
  moveCaret(line: number, column = 1): void {
    const lines = this.text.split("\n");
    const before = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
    const offset = Math.min(before + Math.max(column - 1, 0), this.text.length);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    const rowHeight = this.rowHeight();
    const top = (line - 1) * rowHeight;
    if (top < this.textarea.scrollTop || top > this.textarea.scrollTop + this.textarea.clientHeight - rowHeight) {
      this.textarea.scrollTop = Math.max(top - this.textarea.clientHeight / 3, 0);
    }
    this.syncScroll();
  }

  /** Line → CSS class ("selected", "error", "warning"); replaces the previous marks. */
  mark(marks: Map<number, string>): void {
    this.marked = marks;
    this.paint();
  }

  private paint(): void {
    for (const container of [this.gutter, this.backdrop]) {
      container.querySelectorAll<HTMLElement>(".row[data-mark]").forEach((row) => row.removeAttribute("data-mark"));
      for (const [line, mark] of this.marked) container.children[line - 1]?.setAttribute("data-mark", mark);
    }
  }

  private rowHeight(): number {
    return this.gutter.firstElementChild?.getBoundingClientRect().height || 20;
  }

  private syncScroll(): void {
    this.gutter.style.transform = `translateY(${-this.textarea.scrollTop}px)`;
    this.backdrop.style.transform = `translate(${-this.textarea.scrollLeft}px, ${-this.textarea.scrollTop}px)`;
  }
}
