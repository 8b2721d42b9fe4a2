import { describe, expect, it } from "vitest";
import { isIPAddress, isIPv4, isIPv6 } from "../../src/model/ip-address.js";

describe("IP addresses as the API server reads them", () => {
  it.each([
    ["10.0.0.5", true],
    ["0.0.0.0", true],
    ["255.255.255.255", true],
    ["999.0.0.1", false],
    ["256.1.1.1", false],
    ["010.0.0.1", false],
    ["1.2.3", false],
    ["1.2.3.4.5", false],
    ["a.b.c.d", false],
    ["", false],
  ])("IPv4 %s → %s", (text, valid) => expect(isIPv4(text)).toBe(valid));

  it.each([
    ["::1", true],
    ["::", true],
    ["fe80::1", true],
    ["2001:db8:0:0:0:0:0:1", true],
    ["2001:db8::10.0.0.1", true],
    ["::ffff:192.168.0.1", true],
    ["1:2:3:4:5:6:7:8", true],
    ["1:2:3:4:5:6:7:8:9", false],
    ["1:2:3", false],
    [":::1", false],
    ["1::2::3", false],
    ["fe80::1%eth0", false],
    ["12345::1", false],
    ["2001:db8::999.0.0.1", false],
    ["1:2:3:4:5:6:7::", true],
  ])("IPv6 %s → %s", (text, valid) => expect(isIPv6(text)).toBe(valid));

  it.each([["not-an-ip"], ["host-gateway"], ["80:"], ["localhost"]])("%s is no IP address", (text) => expect(isIPAddress(text)).toBe(false));
});
