import { describe, expect, it } from "vitest";
import { baseImageAdvice, stagesOf } from "../../src/lint/checks/base-image.js";

describe("base-image: the final stage's FROM", () => {
  it.each([
    ["FROM node:20\n", "node:20-slim or node:20-alpine, or gcr.io/distroless/nodejs20-debian12"],
    ["FROM python:3.12-bookworm\n", "python:3.12-slim or python:3.12-alpine"],
    ["FROM debian:12\n", "debian:12-slim"],
    ["FROM ubuntu:24.04\n", "debian:bookworm-slim, alpine, or a distroless image such as gcr.io/distroless/base-debian12 for the final stage"],
    ["FROM docker.io/library/ruby\n", "a version with a -slim or -alpine variant, for example ruby:VERSION-slim"],
    ["FROM golang:1.22\n", "a multi-stage build: compile in golang, run the binary FROM gcr.io/distroless/static-debian12 or scratch"],
  ])("%j → %s", (dockerfile, suggestion) => {
    expect(baseImageAdvice(dockerfile)?.suggestion).toBe(suggestion);
  });

  it.each([
    "FROM node:20-alpine\n",
    "FROM python:3.12-slim-bookworm\n",
    "FROM golang:1.22 AS build\nRUN go build\nFROM gcr.io/distroless/static-debian12\n",
    "FROM golang:1.22 AS build\nFROM scratch\n",
    "ARG BASE=node:20\nFROM ${BASE}\n",
    "FROM bitnami/node:20\n",
    "# no FROM here\n",
  ])("leaves %j alone", (dockerfile) => {
    expect(baseImageAdvice(dockerfile)).toBeUndefined();
  });

  it("follows a final stage built on an earlier one, and points at its FROM", () => {
    const dockerfile = "FROM node:20 AS base\nWORKDIR /app\n\nFROM base AS deps\nRUN npm ci\n\n  from deps\nCMD [\"node\", \"server.js\"]\n";
    expect(baseImageAdvice(dockerfile)).toMatchObject({ line: 7, column: 3, image: "node:20" });
  });

  it("reads --platform, aliases and continuation lines", () => {
    expect(stagesOf("FROM --platform=$BUILDPLATFORM \\\n  node:20 AS Build\n")).toEqual([{ image: "node:20", name: "build", line: 1, column: 1 }]);
  });
});
