import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFirewall, type FirewallVerdict, type RedactionKind } from "../../../src/firewall/index.js";
import { SECRET_ASSIGNMENT, secretNameBeforeAssignment } from "../../../src/firewall/pii.js";
import { DEFAULT_CONFIG, checkUser } from "./helpers.js";

function sanitized(v: FirewallVerdict): string {
  return v.sanitizedMessages?.[0]?.content ?? "";
}

const CASES: Array<{ kind: RedactionKind; label: string; valid: string[]; invalid: string[] }> = [
  {
    kind: "email",
    label: "[EMAIL_REDACTED]",
    valid: ["jane.doe@example.com", "ops+alerts@mail.example.co.uk"],
    invalid: ["jane@localhost", "@example.com"],
  },
  {
    kind: "phone",
    label: "[PHONE_REDACTED]",
    valid: ["+1 (415) 555-2671", "415-555-2671", "+44 20 7946 0958", "030 1234567"],
    invalid: ["123-456-7890", "2024-01-15"],
  },
  {
    kind: "credit_card",
    label: "[CREDIT_CARD_REDACTED]",
    valid: ["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"],
    invalid: ["4111 1111 1111 1112", "1234 5678 9012 3456"],
  },
  {
    kind: "ssn",
    label: "[SSN_REDACTED]",
    valid: ["123-45-6789", "078-05-1120"],
    invalid: ["666-12-3456", "900-12-3456", "123-00-4567"],
  },
  {
    kind: "iban",
    label: "[IBAN_REDACTED]",
    valid: ["DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819"],
    invalid: ["DE89 3704 0044 0532 0130 01", "GB29NWBK60161331926818"],
  },
  {
    kind: "ip_address",
    label: "[IP_ADDRESS_REDACTED]",
    valid: ["192.168.10.20", "8.8.8.8", "2001:db8::8a2e:370:7334", "fe80::1"],
    invalid: ["999.10.10.10", "1.2.3.4.5", "std::vector"],
  },
  {
    kind: "api_key",
    label: "[API_KEY_REDACTED]",
    valid: [
      "AKIAIOSFODNN7EXAMPLE",
      `ghp_${"a1B2".repeat(9)}`,
      `github_pat_${"A1b2C3d4".repeat(4)}`,
      `sk-proj-${"Ab3".repeat(12)}`,
      `sk-ant-api03-${"Zx9_".repeat(20)}`,
      "xoxb-123456789012-abcdefABCDEF",
      `AIza${"Sy0-_".repeat(7)}`,
      `sk_live_${"4eC39HqLyjWDarjtT1zdp7dc"}`,
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----",
      `npm_${"aB3d".repeat(9)}`,
      `glpat-${"xY7_".repeat(5)}`,
      `hf_${"Qw3e".repeat(9)}`,
      `SG.${"aB3_".repeat(5)}xy.${"Qw3-".repeat(10)}abc`,
      `shpat_${"1a2b".repeat(8)}`,
      `dop_v1_${"0a1b".repeat(16)}`,
      `key-${"3ax6".repeat(8)}`,
      `SK${"2a3b".repeat(8)}`,
      `MTA4NjQ0MzIxNjM4NzQzNTQ2NA.GZ3x9Q.${"aB3_".repeat(8)}x`,
      `123456789:AA${"Hd-q".repeat(8)}x`,
      `pypi-AgEIcHlwaS5vcmc${"CJGE3YjQ5ZDQx".repeat(5)}`,
      `hvs.${"CAESIJ1a2b3c".repeat(3)}`,
      `dapi${"0a1b2c3d".repeat(4)}`,
      `PMAK-${"5f8a1b2c".repeat(3)}-${"0123456789abcdef0".repeat(2)}`,
      `AGE-SECRET-KEY-1${"QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".repeat(2).slice(0, 58)}`,
      `${"0a1b2c3d".repeat(4)}-us21`,
      `HRKU-${"AAbCdEfGhIjK".repeat(3)}`,
      `lin_api_${"aBcDeFgHiJ".repeat(4)}`,
    ],
    invalid: ["AKIA1234", "sk-short", "ghp_tooShort", "eyJhbGciOiJIUzI1NiJ9", "key-value", "SK1234", "section 12:AA", "pypi-requests-2.31.0", "hvs.short", "dapi-docs-page", "PMAK-1234", "AGE-SECRET-KEY-1", "release-us2", "HRKU-7", "lin_api_docs"],
  },
];

describe.each(CASES)("$kind redaction", ({ kind, label, valid, invalid }) => {
  it.each(valid)(`redacts %s as ${label}`, (value) => {
    const v = checkUser(`Here it is: ${value} — thanks.`);
    expect(sanitized(v)).toBe(`Here it is: ${label} — thanks.`);
    expect(v.redactions[kind]).toBe(1);
  });

  it.each(invalid)("leaves the look-alike %s alone", (value) => {
    const v = checkUser(`Here it is: ${value} — thanks.`);
    expect(v.redactions[kind] ?? 0).toBe(0);
    expect(v.sanitizedMessages?.[0]?.content ?? `Here it is: ${value} — thanks.`).toContain(value);
  });
});

describe("formats typed by people", () => {
  it("redacts an IBAN typed in lower case, and leaves one that fails its checksum", () => {
    const v = checkUser("my iban is de89 3704 0044 0532 0130 00, and not de89370400440532013001");
    expect(sanitized(v)).toBe("my iban is [IBAN_REDACTED], and not de89370400440532013001");
  });

  it("redacts a card number grouped with dots, and leaves one that fails the Luhn check", () => {
    expect(sanitized(checkUser("Card 4111.1111.1111.1111, not 4111.1111.1111.1112."))).toBe("Card [CREDIT_CARD_REDACTED], not 4111.1111.1111.1112.");
  });

  it.each([
    ["Tel. 612 345 678, DNI pending.", "Tel. [PHONE_REDACTED], DNI pending."],
    ["Call me on 4412 5567 tomorrow.", "Call me on [PHONE_REDACTED] tomorrow."],
    ["Mobile: 612345678", "Mobile: [PHONE_REDACTED]"],
  ])("redacts a number a phone word announces, without country code or trunk prefix: %s", (text, redacted) => {
    expect(sanitized(checkUser(text))).toBe(redacted);
  });

  it.each(["Let's call on 2024-01-15 about it.", "The phone costs 1 299 euros.", "Call the function 3 times with 500 ms between calls."])(
    "does not take a date or an amount near a phone word for a phone number: %s",
    (text) => {
      expect(checkUser(text).redactions.phone).toBeUndefined();
    },
  );

  it("redacts the whole of an internationalised e-mail address", () => {
    expect(sanitized(checkUser("Write to jürgen.müller@beispiel.de today."))).toBe("Write to [EMAIL_REDACTED] today.");
  });
});

describe("version numbers", () => {
  it.each(["Upgrade from version 1.2.3.4 next week.", "Install v1.2.3.4 of the agent.", "Firmware 4.12.0.9 fixes the bug."])("are not IP addresses: %s", (text) => {
    expect(checkUser(text).redactions.ip_address).toBeUndefined();
  });

  it("leave a nearby address redacted", () => {
    expect(checkUser("Connect to 10.0.0.1 after installing version 2.0.1.0.").redactions.ip_address).toBe(1);
  });
});

describe("secrets in pasted configuration", () => {
  it.each([
    ["an .env line with a key of a known format", "export OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ", "export OPENAI_API_KEY=[API_KEY_REDACTED]"],
    ["a value assigned to a secret's name", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_SECRET_ACCESS_KEY=[API_KEY_REDACTED]"],
    ["a quoted JSON password", '{"password": "Tr0ub4dor&3"}', '{"password": "[API_KEY_REDACTED]"}'],
    ["a bearer token", "Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789", "Authorization: Bearer [API_KEY_REDACTED]"],
    ["a password in a URL", "REDIS_URL=redis://default:hunter2hunter2@localhost:6379", "REDIS_URL=redis://default:[API_KEY_REDACTED]@localhost:6379"],
    ["a password in a URL whose host also reads as an e-mail domain", "postgres://admin:S3cr3tP4ss@db.internal:5432/prod", "postgres://admin:[API_KEY_REDACTED]@db.internal:5432/prod"],
    ["an Azure storage account key", "AccountName=myacct;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net", "AccountName=myacct;AccountKey=[API_KEY_REDACTED];EndpointSuffix=core.windows.net"],
    ["basic credentials", 'curl -H "Authorization: Basic dXNlcjpwYXNzd29yZA==" https://api.example.com', 'curl -H "Authorization: Basic [API_KEY_REDACTED]" https://api.example.com'],
  ])("redacts %s", (_kind, text, redacted) => {
    expect(sanitized(checkUser(text))).toBe(redacted);
  });

  it.each([
    ["an AWS secret access key told in prose", "My AWS secret access key is wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, please help me configure the CLI.", "My AWS secret access key is [API_KEY_REDACTED], please help me configure the CLI."],
    ["a quoted API key told in prose", 'Our API key is "Zx9Kq2LmN8pR4tV6wY1bC3dE5fG7hJ" and it stopped working.', 'Our API key is "[API_KEY_REDACTED]" and it stopped working.'],
  ])("redacts %s", (_kind, text, redacted) => {
    expect(sanitized(checkUser(text))).toBe(redacted);
  });

  it.each([
    ["a password told in prose", "My password is hunter2, can you check why login fails?", "My password is [API_KEY_REDACTED], can you check why login fails?"],
    ["a quoted passphrase told in prose", 'The passphrase was "Tr0ub4dor&3" until I changed it.', 'The passphrase was "[API_KEY_REDACTED]" until I changed it.'],
    ["a password ending a sentence", "Our wifi password is Cafe2024.", "Our wifi password is [API_KEY_REDACTED]."],
  ])("redacts %s", (_kind, text, redacted) => {
    expect(sanitized(checkUser(text))).toBe(redacted);
  });

  it.each(["The password is incorrect for user admin.", "The password is at least 8 characters long.", "Your password is strong enough."])(
    "leaves prose about a password alone: %s",
    (text) => {
      expect(checkUser(text).redactions.api_key).toBeUndefined();
    },
  );

  it.each([
    "The access token is stored in /home/user/.config/app/credentials.json.",
    "The secret to good bread is 2024-style-sourdough-starter-recipe.",
    "The commit is 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 on main.",
    "The token is valid until 2026-12-31T23:59:59Z for this account.",
  ])("leaves prose that names a secret beside something else alone: %s", (text) => {
    expect(checkUser(text).redactions.api_key).toBeUndefined();
  });

  it.each(["max_tokens=4096 and tokenizer=whitespace", "The token is valid for 3600 seconds.", "monkey=bananas123", "See https://example.com:8080/path", "Authorization: Basic authentication is weak."])(
    "leaves settings that only mention a secret alone: %s",
    (text) => {
      expect(checkUser(text).redactions.api_key).toBeUndefined();
    },
  );
});

describe("redaction behaviour", () => {
  it("redacts every occurrence in every message", () => {
    const v = createFirewall(DEFAULT_CONFIG).check([
      { role: "user", content: "a@example.com and b@example.org, again a@example.com" },
      { role: "tool", content: "contact: c@example.net" },
    ]);
    expect(v.sanitizedMessages?.map((m) => m.content)).toEqual([
      "[EMAIL_REDACTED] and [EMAIL_REDACTED], again [EMAIL_REDACTED]",
      "contact: [EMAIL_REDACTED]",
    ]);
    expect(v.redactions.email).toBe(4);
  });

  it("redacts only the configured kinds", () => {
    const fw = createFirewall({ ...DEFAULT_CONFIG, redact: ["email"] });
    const v = fw.check([{ role: "user", content: "mail x@example.com from 10.0.0.1" }]);
    expect(v.sanitizedMessages?.[0]?.content).toBe("mail [EMAIL_REDACTED] from 10.0.0.1");
  });

  it("omits sanitizedMessages when nothing was redacted and the risk is low", () => {
    const v = checkUser("What's a good name for a golden retriever?");
    expect(v.sanitizedMessages).toBeUndefined();
    expect(v.redactions).toEqual({});
  });

  it("keeps the message roles in sanitizedMessages", () => {
    const v = createFirewall(DEFAULT_CONFIG).check([
      { role: "system", content: "Support bot." },
      { role: "user", content: "my card is 4111 1111 1111 1111" },
    ]);
    expect(v.sanitizedMessages).toEqual([
      { role: "system", content: "Support bot." },
      { role: "user", content: "my card is [CREDIT_CARD_REDACTED]" },
    ]);
  });
});

describe("the search for a secret-like name before an assignment", () => {
  it("finds the name of every secret assignment, however many other signs the text holds", () => {
    const piece = fc.constantFrom("=", ":", " ", "\n", "key", "TOKEN", "account_key", "x", "aGVsbG8=", '"', "'", "ab12cd34ef56gh78", "_-.", "apikey");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        if (new RegExp(SECRET_ASSIGNMENT.source, "i").test(text)) expect(secretNameBeforeAssignment(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("redacts an assignment after thousands of base64 paddings", () => {
    const text = `${"aGVsbG8=\n".repeat(5000)}api_key = "sk_live_abcdefghijklmnop1234"`;
    expect(sanitized(checkUser(text))).toContain("[API_KEY_REDACTED]");
  });
});
