import { describe, expect, it } from "vitest";
import { childField, Collector, defaultedTo, noteOn, tracedTo } from "../../../src/convert/shared/collector.js";

describe("shared traces and notes", () => {
  it("gives one note object per field and text, whichever array names the field", () => {
    const first = noteOn(["spec", "ports", 1, "port"], "the published port");
    const again = noteOn(["spec", "ports", 1, "port"], "the published port");
    expect(again).toBe(first);
    expect(first).toEqual({ field: ["spec", "ports", 1, "port"], text: "the published port" });
    expect(noteOn(["spec", "ports", 1, "port"], "another text")).not.toBe(first);
    expect(noteOn(["spec", "ports", "1", "port"], "the published port").field).toEqual(["spec", "ports", "1", "port"]);
  });

  it("shares one field array between traces, defaults and notes of one field", () => {
    const field = ["spec", "template", "spec", "hostname"];
    const trace = tracedTo([...field], ["services", "web", "hostname"]);
    const byDefault = defaultedTo([...field], "a reason");
    const note = noteOn([...field], "a note");
    expect(byDefault.field).toBe(trace.field);
    expect(note.field).toBe(trace.field);
    expect(trace.field).toEqual(field);
  });

  it("collects notes as the shared objects", () => {
    const collector = new Collector();
    collector.note(["spec", "type"], "inside the cluster only");
    expect(collector.fieldNotes[0]).toBe(noteOn(["spec", "type"], "inside the cluster only"));
  });

  it("gives one array per field below a field, which the traces of that field then share", () => {
    const ports = ["spec", "ports"];
    const second = childField(ports, 1);
    expect(second).toEqual(["spec", "ports", 1]);
    expect(childField(ports, 1)).toBe(second);
    // 1 and "1" stay apart, as in the table of fields.
    expect(childField(ports, "1")).toEqual(["spec", "ports", "1"]);
    expect(childField(ports, "1")).not.toBe(second);
    expect(ports).toEqual(["spec", "ports"]);
    // A literal of the same field and the child array name one shared field, whichever came first.
    const literal = tracedTo(["spec", "ports", 2, "port"], ["services", "web", "ports"]);
    expect(tracedTo(childField(childField(ports, 2), "port"), ["services", "web", "ports"]).field).toBe(literal.field);
    expect(noteOn(childField(childField(ports, 3), "port"), "a note").field).toBe(noteOn(["spec", "ports", 3, "port"], "a note").field);
  });
});
