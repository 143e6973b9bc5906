import fc from "fast-check";
import {
  AREA_PREFIX,
  checkFormat,
  digitsValue,
  checkImputation,
  cleanCode,
  isDp,
  isEj,
  normalizeProgramme,
  PATTERNS,
  programmeOf,
  type Imputation,
} from "../../src/domain/codes";
import { textOf } from "../helpers/arbitraries";

const camino: Imputation = {
  centreFinancier: "0113-PEBC-ELAB",
  domaineFonctionnel: "0113-07-16",
  activite: "011301MB0601",
  centreDeCouts: "DININCUB75",
};
const dinum: Imputation = {
  centreFinancier: "0105-CRES-CDSI",
  domaineFonctionnel: "0105-06-08",
  activite: "010501A61404",
  centreDeCouts: "AECDSI2044",
};

describe("patterns", () => {
  it("accept the real codes of domain.md", () => {
    expect(PATTERNS.programme.test("0105")).toBe(true);
    for (const df of ["0105-06-08", "0113-07-16", "0181-11"])
      expect(PATTERNS.domaineFonctionnel.test(df)).toBe(true);
    for (const cf of ["0105-CRES-CDSI", "0113-PEBC-ELAB"])
      expect(PATTERNS.centreFinancier.test(cf)).toBe(true);
    for (const a of ["010501A61404", "011301MB0601"]) expect(PATTERNS.activite.test(a)).toBe(true);
    for (const cc of ["AECDSI2044", "DININCUB75"])
      expect(PATTERNS.centreDeCouts.test(cc)).toBe(true);
    expect(PATTERNS.compteGeneral.test("PCE/6113110000")).toBe(true);
    expect(PATTERNS.groupeMarchandises.test("09.02.01")).toBe(true);
    expect(PATTERNS.groupeMarchandises.test("09.02.1")).toBe(false);
  });

  it("tell EJ and DP numbers", () => {
    expect(isEj("2103105755")).toBe(true);
    expect(isEj("210310575")).toBe(false);
    expect(isEj("2103105755 ")).toBe(false);
    expect(isDp("100053424")).toBe(true);
    expect(isDp("1000534245")).toBe(false);
  });
});

describe("cleanCode", () => {
  it("strips the management-area prefix, Chorus's empty mark and spaces", () => {
    expect(cleanCode("BG00/0217-SGAC-ASPR")).toBe("0217-SGAC-ASPR");
    expect(cleanCode("BG00/010300000108")).toBe("010300000108");
    expect(cleanCode(" 0113-PEBC-ELAB\u00a0")).toBe("0113-PEBC-ELAB");
    expect(cleanCode("#")).toBe("");
    expect(cleanCode("BG00/#")).toBe("");
    expect(cleanCode(null)).toBe("");
    expect(cleanCode(2103105755)).toBe("2103105755");
  });

  it("keeps case and anything that is not a prefix", () => {
    expect(cleanCode("0113-pebc-elab")).toBe("0113-pebc-elab");
    expect(cleanCode("bg00/0113-PEBC-ELAB")).toBe("bg00/0113-PEBC-ELAB");
    expect(cleanCode("PCE/6113110000")).toBe("PCE/6113110000");
  });
});

describe("normalizeProgramme", () => {
  it("pads to four digits", () => {
    expect(normalizeProgramme("105")).toBe("0105");
    expect(normalizeProgramme(105)).toBe("0105");
    expect(normalizeProgramme("0352")).toBe("0352");
    expect(normalizeProgramme(" 352 ")).toBe("0352");
  });
  it("returns null for anything else", () => {
    for (const v of ["", "12345", "1O5", "105.5", 105.5, null, "#"])
      expect(normalizeProgramme(v)).toBeNull();
  });
});

describe("checkFormat", () => {
  it("accepts well-formed codes", () => {
    for (const [field, code] of Object.entries(camino))
      expect(checkFormat(field as keyof Imputation, code)).toBeNull();
  });

  it("reports missing codes", () => {
    expect(checkFormat("centreFinancier", "")).toEqual({
      code: "CF_FORMAT",
      field: "centreFinancier",
      message: "Centre financier manquant",
    });
    expect(checkFormat("domaineFonctionnel", " ")?.message).toBe("Domaine fonctionnel manquant");
    expect(checkFormat("activite", "")?.message).toBe("Activit\u00e9 manquante");
    expect(checkFormat("centreDeCouts", "")?.message).toBe("Centre de co\u00fbts manquant");
  });

  it("names the value and the expected form", () => {
    expect(checkFormat("centreFinancier", "113-PEBC-ELAB")).toEqual({
      code: "CF_FORMAT",
      field: "centreFinancier",
      message:
        "Le centre financier \u00ab 113-PEBC-ELAB \u00bb ne respecte pas le format programme-BOP-UO (ex. 0113-PEBC-ELAB).",
    });
    expect(checkFormat("domaineFonctionnel", "0113-7")).toMatchObject({
      code: "DF_FORMAT",
      message: expect.stringContaining("\u00ab 0113-7 \u00bb"),
    });
    expect(checkFormat("domaineFonctionnel", "0113-07-16-01")?.message).toContain("ex. 0105-06-08");
    expect(checkFormat("activite", "011301MB060")).toMatchObject({
      code: "ACTIVITE_FORMAT",
      message: expect.stringContaining("ex. 011301MB0601"),
    });
    expect(checkFormat("centreDeCouts", "DININCUB7")).toMatchObject({
      code: "CC_FORMAT",
      message: expect.stringContaining("ex. DININCUB75"),
    });
  });

  it("treats a lowercase code as a format error, with a hint", () => {
    const p = checkFormat("centreFinancier", "0113-pebc-elab");
    expect(p?.code).toBe("CF_FORMAT");
    expect(p?.message).toContain("majuscules");
  });
});

describe("programmeOf", () => {
  it("gives the first four digits of a well-formed code", () => {
    expect(programmeOf("centreFinancier", "0113-PEBC-ELAB")).toBe("0113");
    expect(programmeOf("domaineFonctionnel", "0181-11")).toBe("0181");
    expect(programmeOf("activite", "010501A61404")).toBe("0105");
    expect(programmeOf("centreDeCouts", "DININCUB75")).toBeNull();
    expect(programmeOf("centreFinancier", "113-PEBC-ELAB")).toBeNull();
  });
});

describe("checkImputation", () => {
  it("accepts the real combinations", () => {
    expect(checkImputation(camino)).toEqual([]);
    expect(checkImputation(dinum)).toEqual([]);
  });

  it("lists every format problem, in order CF, DF, activit\u00e9, CC, and stops there", () => {
    const problems = checkImputation({
      centreFinancier: "",
      domaineFonctionnel: "0181-11",
      activite: "0113",
      centreDeCouts: "dinincub75",
    });
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ["CF_FORMAT", "centreFinancier"],
      ["ACTIVITE_FORMAT", "activite"],
      ["CC_FORMAT", "centreDeCouts"],
    ]);
  });

  it("cross-checks the programme of DF and activit\u00e9 against the CF", () => {
    expect(checkImputation({ ...camino, domaineFonctionnel: "0181-11" })).toEqual([
      {
        code: "PROGRAMME_MISMATCH",
        field: "domaineFonctionnel",
        message:
          "Le domaine fonctionnel 0181-11 rel\u00e8ve du programme 0181, mais le centre financier 0113-PEBC-ELAB rel\u00e8ve du programme 0113.",
      },
    ]);
    const activite = checkImputation({ ...camino, activite: "010501A61404" });
    expect(activite).toHaveLength(1);
    expect(activite[0]).toMatchObject({ code: "PROGRAMME_MISMATCH", field: "activite" });
    expect(activite[0].message).toContain("010501A61404");
    // Both differ: the DF, first in order, is the one reported.
    expect(
      checkImputation({ ...camino, domaineFonctionnel: "0105-06-08", activite: "010501A61404" })[0]
        .field
    ).toBe("domaineFonctionnel");
  });

  it("does not cross-check the centre de co\u00fbts nor characters 5-6 of the activit\u00e9", () => {
    const incubator181: Imputation = {
      centreFinancier: "0181-DINU-INCU",
      domaineFonctionnel: "0181-11",
      activite: "018199ZZ0001",
      centreDeCouts: "DININCUB75",
    };
    expect(checkImputation(incubator181)).toEqual([]);
    expect(checkImputation({ ...camino, activite: "011399MB0601" })).toEqual([]);
  });

  describe("against the authorised imputations", () => {
    const authorised: Imputation[] = [
      { ...camino },
      {
        centreFinancier: "0113-PEBC-ELAB",
        domaineFonctionnel: "0113-02",
        activite: "011302MB0101",
        centreDeCouts: "",
      },
      {
        centreFinancier: "0105-CRES-CDSI",
        domaineFonctionnel: "",
        activite: "",
        centreDeCouts: "",
      },
    ];

    it("accepts exact matches, wildcards and sous-actions of an authorised action", () => {
      expect(checkImputation(camino, authorised)).toEqual([]);
      expect(
        checkImputation(
          {
            ...camino,
            domaineFonctionnel: "0113-02-05",
            activite: "011302MB0101",
            centreDeCouts: "AECDSI2044",
          },
          authorised
        )
      ).toEqual([]);
      expect(
        checkImputation(
          { ...camino, domaineFonctionnel: "0113-02", activite: "011302MB0101" },
          authorised
        )
      ).toEqual([]);
      expect(checkImputation(dinum, authorised)).toEqual([]);
    });

    it("does not widen a sous-action to its action", () => {
      const p = checkImputation({ ...camino, domaineFonctionnel: "0113-07" }, authorised);
      expect(p).toMatchObject([{ code: "IMPUTATION_NOT_AUTHORISED", field: "domaineFonctionnel" }]);
      expect(p[0].message).toBe(
        "Le domaine fonctionnel 0113-07 n'est pas autoris\u00e9 par la convention pour le centre financier 0113-PEBC-ELAB (autoris\u00e9s : 0113-07-16, 0113-02)."
      );
    });

    it("names the first field no authorised row accepts and what is allowed there", () => {
      const only: Imputation[] = [{ ...camino }];
      expect(checkImputation({ ...camino, activite: "011301MB0602" }, only)).toEqual([
        {
          code: "IMPUTATION_NOT_AUTHORISED",
          field: "activite",
          message:
            "L'activit\u00e9 011301MB0602 n'est pas autoris\u00e9e par la convention pour le centre financier 0113-PEBC-ELAB (autoris\u00e9e : 011301MB0601).",
        },
      ]);
      const cf = checkImputation({ ...camino, centreFinancier: "0113-PEBC-AUTR" }, authorised);
      expect(cf[0].field).toBe("centreFinancier");
      expect(cf[0].message).toBe(
        "Le centre financier 0113-PEBC-AUTR n'est pas autoris\u00e9 par la convention (autoris\u00e9s : 0113-PEBC-ELAB, 0105-CRES-CDSI)."
      );
      const cc = checkImputation({ ...camino, centreDeCouts: "AECDSI2044" }, authorised);
      expect(cc[0].field).toBe("centreDeCouts");
      expect(cc[0].message).toContain("autoris\u00e9 : DININCUB75");
    });

    it("names the fields that narrowed the authorised rows", () => {
      const p = checkImputation(
        { ...camino, domaineFonctionnel: "0113-02-01", activite: "011301MB0601" },
        authorised
      );
      expect(p[0].message).toBe(
        "L'activit\u00e9 011301MB0601 n'est pas autoris\u00e9e par la convention pour le centre financier 0113-PEBC-ELAB et le domaine fonctionnel 0113-02-01 (autoris\u00e9e : 011302MB0101)."
      );
    });

    it("reports nothing authorised when the table is empty, and skips the check without one", () => {
      expect(checkImputation(camino, [])[0].message).toContain("aucune imputation autoris\u00e9e");
      expect(checkImputation(camino, undefined)).toEqual([]);
    });

    it("checks authorisation only when formats and programmes are right", () => {
      expect(checkImputation({ ...camino, centreDeCouts: "X" }, [])).toMatchObject([
        { code: "CC_FORMAT" },
      ]);
      expect(checkImputation({ ...camino, domaineFonctionnel: "0181-11" }, [])).toMatchObject([
        { code: "PROGRAMME_MISMATCH" },
      ]);
    });
  });
});

test("EJ and DP numbers are told without a regular expression, as PATTERNS tells them", () => {
  const digitsOrNot = textOf(
    ["0", "1", "9", "5", "/", ":", "a", " ", "\n", "\u0661", "\uff11"],
    12
  );
  fc.assert(
    fc.property(fc.oneof(digitsOrNot, fc.string({ maxLength: 12 })), (s) => {
      expect(isEj(s)).toBe(PATTERNS.ej.test(s));
      expect(isDp(s)).toBe(PATTERNS.dp.test(s));
      const v = digitsValue(s, s.length);
      expect(v).toBe(/^\d+$/.test(s) ? Number(s) : s === "" ? 0 : -1);
    }),
    { numRuns: 2000 }
  );
  expect(isEj("2103104388\n")).toBe(false);
  expect(isDp("123456789")).toBe(true);
});

test("the management-area prefix is stripped by hand as AREA_PREFIX strips it", () => {
  const reference = (s: string) => {
    const t = s.trim();
    const code = t.length > 5 && t.charCodeAt(4) === 47 ? t.replace(AREA_PREFIX, "").trim() : t;
    return code === "#" ? "" : code;
  };
  const text = textOf(["B", "G", "z", "0", "9", "/", " ", "#", "-", "É", "\u00a0"], 12);
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ maxLength: 12 })), (s) => {
      expect(cleanCode(s)).toBe(reference(s));
    }),
    { numRuns: 3000 }
  );
  expect(cleanCode("BG00/0113-PEBC-ELAB")).toBe("0113-PEBC-ELAB");
  expect(cleanCode("BG00/ #")).toBe("");
});
