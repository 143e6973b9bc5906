/**
 * The ribbon button "Rapport": read → analyse → report → write in Excel (the typed fake of
 * test/workbook/office), the event completed in every case, the pane opened when nothing
 * could be written; and commands.ts registering the action under the manifest's name.
 */
jest.mock("office-addin-manifest", () => ({
  // office-addin-mock imports this package only for its OfficeApp enum (an ESM-only dependency breaks jest)
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import * as fs from "fs";
import * as path from "path";
import { OfficeMockObject } from "office-addin-mock";
import { generateReportCommand, type CommandDeps } from "../../src/commands/generate";
import { FakeExcel, fakeExcelFromXlsx } from "../workbook/office/write-fake-excel";

const CAMINO = new Uint8Array(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "camino-2020.xlsx"))
);

function setUp(fake: FakeExcel) {
  const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
  const showPane = jest.fn(async () => undefined);
  const deps: CommandDeps = {
    run: (batch) => batch(fake.context),
    showPane,
    today: () => "2020-12-31",
  };
  return {
    event,
    showPane,
    deps,
    completed: (event as unknown as { completed: jest.Mock }).completed,
  };
}

describe("generateReportCommand", () => {
  test("writes the Rapport of the open convention in 3 syncs and completes the event", async () => {
    const fake = fakeExcelFromXlsx(CAMINO);
    const { event, deps, completed, showPane } = setUp(fake);
    const outcome = await generateReportCommand(event, deps);
    expect(outcome).toMatchObject({ kind: "ok", sheetName: "Rapport", replaced: false });
    expect(fake.syncs).toBe(3);
    expect(fake.sheet("Rapport")!.charts.list).toHaveLength(1);
    expect(fake.active?.name).toBe("Rapport");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(showPane).not.toHaveBeenCalled();
  });

  test("a second click replaces the report instead of adding Rapport (2)", async () => {
    const fake = fakeExcelFromXlsx(CAMINO);
    const { event, deps } = setUp(fake);
    await generateReportCommand(event, deps);
    const outcome = await generateReportCommand(event, deps);
    expect(outcome).toMatchObject({ kind: "ok", sheetName: "Rapport", replaced: true });
    expect(fake.sheets.filter((s) => s.name.startsWith("Rapport"))).toHaveLength(1);
  });

  test("not a convention workbook: nothing written, the pane opens to say why, the event completes", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Feuil1", [["Budget", 2020]]);
    const { event, deps, completed, showPane } = setUp(fake);
    const outcome = await generateReportCommand(event, deps);
    expect(outcome).toMatchObject({ kind: "notConvention" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("Excel failing (and even the pane failing to open) still completes the event, without throwing", async () => {
    const fake = fakeExcelFromXlsx(CAMINO);
    const { event, completed } = setUp(fake);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const deps: CommandDeps = {
      run: async () => Promise.reject(new Error("GeneralException")),
      showPane: async () => Promise.reject(new Error("no shared runtime")),
      today: () => "2020-12-31",
    };
    await expect(generateReportCommand(event, deps)).resolves.toBeNull();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe("commands.ts", () => {
  test("associates the manifest's FunctionName generateReport with the command", () => {
    const associate = jest.fn();
    const office = new OfficeMockObject({ actions: { associate }, onReady: jest.fn() });
    (global as unknown as { Office: unknown }).Office = office;
    const manifest = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const functionName = /<FunctionName>(\w+)<\/FunctionName>/.exec(manifest)![1];
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(associate).toHaveBeenCalledTimes(1);
    expect(associate.mock.calls[0][0]).toBe(functionName);
    expect(associate.mock.calls[0][1].name).toBe("generateReportCommand");
    delete (global as unknown as { Office?: unknown }).Office;
  });
});
