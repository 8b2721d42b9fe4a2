import { renderDetail } from "../explain/detail.js";
import type { Explanation } from "../explain/entry.js";
import { groupedTopics, resolveTopic, topicName } from "../explain/topics.js";
import { wrapWords } from "../explain/wrap.js";

export interface ExplainIo {
  write(text: string): void;
  /** Where an unknown or ambiguous topic is reported (stderr in the CLI). */
  writeError(text: string): void;
  color: boolean;
  /** Terminal columns; text is wrapped to at most 100 for readability, and at least 40. */
  width: number;
}

/** The CLI's usage-error exit code (EXIT.usage in io.ts; explain is also used without the process). */
const EXIT_USAGE = 2;

const STYLE = { bold: "\x1b[1m", dim: "\x1b[2m", cyan: "\x1b[36m", yellow: "\x1b[33m", reset: "\x1b[0m" } as const;

/**
 * `kubepose explain [topic]`: without a topic, lists the topics by group; with one, prints its
 * title, summary, detail and links. Returns the exit code: 0, or 2 (a usage error, like an unknown
 * flag) for an unknown or ambiguous topic, with the closest topics.
 */
export function explainCommand(topic: string | undefined, io: ExplainIo): number {
  const paint = (style: keyof typeof STYLE, text: string) => (io.color ? `${STYLE[style]}${text}${STYLE.reset}` : text);
  const width = Math.min(100, Math.max(40, Number.isFinite(io.width) && io.width > 0 ? io.width : 80));

  if (topic === undefined || topic.trim() === "") {
    io.write(listTopics(paint));
    return 0;
  }
  const match = resolveTopic(topic);
  if (match.kind === "found") {
    io.write(describe(match.explanation, width, paint, io.color));
    return 0;
  }
  const problem =
    match.kind === "ambiguous"
      ? `topic "${topic}" is ambiguous: it matches ${match.candidates.join(", ")}`
      : `unknown topic "${topic}"; ${match.suggestions.length > 0 ? `did you mean ${match.suggestions.join(", ")}?` : `the closest topics are ${match.closest.join(", ")}`}`;
  io.writeError(`kubepose: ${problem}\nRun "kubepose explain" to list all topics.\n`);
  return EXIT_USAGE;
}

type Paint = (style: keyof typeof STYLE, text: string) => string;

function listTopics(paint: Paint): string {
  const groups = groupedTopics();
  const idWidth = Math.max(...groups.flatMap(({ topics }) => topics.map((topic) => topicName(topic.id).length)));
  const lines = ["Topics (run \"kubepose explain TOPIC\" for one; short names like \"ports\" work too):"];
  for (const { group, topics } of groups) {
    lines.push("", paint("bold", group));
    for (const topic of topics) lines.push(`  ${paint("cyan", topicName(topic.id).padEnd(idWidth))}  ${topic.title}`);
  }
  return `${lines.join("\n")}\n`;
}

/** On a TTY, inline `code` is shown in colour without its backticks; plain text keeps them. */
function describe(explanation: Explanation, width: number, paint: Paint, inlineCode: boolean): string {
  const lines = [
    ...wrapWords(explanation.title, width).map((line) => paint("bold", line)),
    "",
    ...labelled(paint("dim", "Compose:   "), explanation.compose, width),
    ...labelled(paint("dim", "Kubernetes:"), explanation.kubernetes.join(", "), width),
    "",
    ...wrapWords(explanation.summary, width),
    "",
    ...renderDetail(explanation.detail, width, { code: (text) => paint("cyan", text), ...(inlineCode ? { inline: (text: string) => paint("cyan", text) } : {}) }),
    "",
    paint("bold", "Read more:"),
    ...explanation.docs.map((url) => `  ${url}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** "Kubernetes: A, B," with the value wrapped under itself: labels are 11 columns plus a space. */
function labelled(label: string, value: string, width: number): string[] {
  const indent = " ".repeat(12);
  return wrapWords(value, width - indent.length).map((line, index) => (index === 0 ? `${label} ${line}` : indent + line));
}
