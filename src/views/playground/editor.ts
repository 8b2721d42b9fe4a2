import { element } from "./dom.js";
import { colouredLine } from "./colour.js";

/** What Tab inserts: Compose files indent with spaces (YAML forbids tabs there). */
const INDENT = "  ";

/**
 * The Compose editor: a plain textarea whose text is transparent over a backdrop that paints the
 * syntax-coloured lines and the highlighted ones, with a gutter of line numbers. Lines never wrap (long
 * ones scroll sideways), so line N of the text is row N of the gutter and the backdrop. Tab indents by
 * two spaces, Shift+Tab outdents; Escape then Tab leaves the editor, for keyboard users.
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
    let escaped = false;
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Escape") escaped = true;
      else if (event.key === "Tab" && !escaped && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        this.indent(event.shiftKey);
      } else escaped = false;
    });
  }

  /**
   * Tab: two spaces at the caret, or before every selected line when the selection spans lines;
   * Shift+Tab: up to two spaces less at the start of each line touched. Reported as an input event.
   */
  private indent(outdent: boolean): void {
    const area = this.textarea;
    const { selectionStart: start, selectionEnd: end, value } = area;
    if (!outdent && !value.slice(start, end).includes("\n")) {
      area.setRangeText(INDENT, start, end, "end");
    } else {
      const from = value.lastIndexOf("\n", start - 1) + 1;
      const to = end > from && value[end - 1] === "\n" ? end - 1 : end;
      const lines = value.slice(from, to).split("\n");
      const changed = lines.map((line) => (outdent ? line.replace(/^ {1,2}/, "") : INDENT + line));
      area.setRangeText(changed.join("\n"), from, to, "select");
      if (lines.length === 1 && outdent) {
        const removed = lines[0]!.length - changed[0]!.length;
        const caret = Math.max(from, start - removed);
        area.setSelectionRange(caret, caret);
      }
    }
    area.dispatchEvent(new Event("input", { bubbles: true }));
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

  /** Repaints the coloured rows of the backdrop; rebuilds the gutter when the number of lines changed. */
  refreshRows(): void {
    const lines = this.text.split("\n");
    this.backdrop.replaceChildren(...lines.map((text, i) => element("div", { className: "row", attributes: { "data-line": String(i + 1) } }, colouredLine(text))));
    if (lines.length !== this.rows) {
      this.rows = lines.length;
      this.gutter.replaceChildren(...lines.map((_, i) => element("div", { className: "row", text: String(i + 1), attributes: { "data-line": String(i + 1) } })));
    }
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
    this.reveal(line);
  }

  /** Scrolls line (1-based) into view, leaving the caret and the focus where they are. */
  reveal(line: number): void {
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
