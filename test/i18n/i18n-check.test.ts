import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTranslations } from '../../scripts/i18n-check-rules.js';
import { collectSourceLiterals, readLocaleDir, registeredLocaleCodes } from '../../scripts/i18n-check-sources.js';
import { vehicleErrorCatalog } from '../../src/core/catalog.js';

type Tree = Record<string, unknown>;

const repo = join(import.meta.dirname, '../..');
const sourceLiterals = collectSourceLiterals(join(repo, 'src'));
const registeredLocales = registeredLocaleCodes(readFileSync(join(repo, 'src/i18n/locale-loaders.ts'), 'utf8'));
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real locales in a temp directory, with one file changed by `breakIt`. */
function brokenLocales(lng: string, breakIt: (tree: Tree) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  dirs.push(dir);
  cpSync(join(repo, 'locales'), dir, { recursive: true });
  const file = join(dir, lng, 'vehicle-errors.json');
  const tree = JSON.parse(readFileSync(file, 'utf8')) as Tree;
  breakIt(tree);
  writeFileSync(file, JSON.stringify(tree, null, 2));
  return dir;
}

function group(tree: Tree, path: string): Tree {
  return path.split('.').reduce((node, key) => node[key] as Tree, tree);
}

function problemsIn(dir: string) {
  const read = readLocaleDir(dir);
  return [...read.problems, ...checkTranslations({ locales: read.locales, catalog: vehicleErrorCatalog, sourceLiterals, registeredLocales })];
}

/** English's tree with its plural keys replaced by `forms` (base key → form → text), as a new language would have. */
function withPluralForms(english: Tree, forms: Record<string, Record<string, string>>): Tree {
  const tree = structuredClone(english);
  const ui = group(tree, 'ui');
  for (const key of Object.keys(ui)) if (/_(zero|one|two|few|many|other)$/.test(key)) delete ui[key];
  for (const [base, texts] of Object.entries(forms)) {
    for (const [form, text] of Object.entries(texts)) ui[`${base}_${form}`] = text;
  }
  return tree;
}

describe('npm run i18n:check', () => {
  it('passes every shipped locale, English included', () => {
    expect(problemsIn(join(repo, 'locales'))).toEqual([]);
  });

  it.each([
    ['a missing key', 'fr', (t: Tree) => delete group(t, 'ui').dismiss, 'ui.dismiss', /is missing; English: "Dismiss"/],
    ['an extra key', 'de', (t: Tree) => (group(t, 'ui').shiny = 'Glänzend'), 'ui.shiny', /not in English/],
    ['an empty string', 'es', (t: Tree) => (group(t, 'ui').close = '  '), 'ui.close', /is empty/],
    ['a renamed placeholder', 'fr', (t: Tree) => (group(t, 'ui').requestId = 'Référence : {{id}}'), 'ui.requestId', /placeholders differ.*\{\{id\}\}.*English has \{\{requestId\}\}/],
    ['a dropped placeholder', 'de', (t: Tree) => (group(t, 'error.VEHICLE_STATE.ASLEEP').message_withAction = 'Ihr Auto schläft.'), 'error.VEHICLE_STATE.ASLEEP.message_withAction', /placeholders differ/],
    ['a missing tag', 'es', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'Tu vehículo no se conectó con {{appName}}.'), 'error.CONNECT.user_cancelled.message', /tags differ/],
    ['a tag with attributes', 'ar', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'لم يتم ربط سيارتك مع {{appName}}. <reconnectLink href="https://evil.example">ربط سيارتك</reconnectLink>'), 'error.CONNECT.user_cancelled.message', /has attributes/],
    ['an unclosed tag', 'fr', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = '<reconnectLink>Connectez {{appName}}</reconnect>'), 'error.CONNECT.user_cancelled.message', /does not match|never closed|broken tag/],
    ['a broken placeholder', 'de', (t: Tree) => (group(t, 'generic').message = '{{appName} konnte das nicht.'), 'generic.message', /broken \{\{placeholder\}\}/],
    ['a plural form Arabic needs', 'ar', (t: Tree) => delete group(t, 'ui').moreErrors_few, 'ui.moreErrors_few', /plural form "few", needed in ar: zero, one, two, few, many, other/],
    ['a plural form German does not have', 'de', (t: Tree) => (group(t, 'ui').moreErrors_few = '{{count}} weitere Probleme'), 'ui.moreErrors_few', /plural form "few" is not used in de/],
    ['{{count}} missing where the number is not in words', 'ar', (t: Tree) => (group(t, 'ui').moreErrors_few = 'مشكلات أخرى'), 'ui.moreErrors_few', /placeholders differ/],
    ['{{count}} missing from a "one" form that also stands for 0', 'fr', (t: Tree) => (group(t, 'ui').moreErrors_one = 'Un autre problème'), 'ui.moreErrors_one', /"one" form in fr stands for 0, 1, so it must show \{\{count\}\}/],
    ['an empty link', 'es', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'Tu vehículo no se conectó con {{appName}}. <reconnectLink></reconnectLink>'), 'error.CONNECT.user_cancelled.message', /<reconnectLink> wraps no words/],
    ['a link around white space only', 'de', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = '{{appName}} wurde nicht verbunden. <reconnectLink> \u00a0</reconnectLink>'), 'error.CONNECT.user_cancelled.message', /<reconnectLink> wraps no words/],
    ['an empty link in English', 'en', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = "Your car wasn't connected to {{appName}}. <reconnectLink> </reconnectLink>"), 'error.CONNECT.user_cancelled.message', /<reconnectLink> wraps no words/],
    ['a word the library mistakes for a leaked value', 'de', (t: Tree) => (group(t, 'ui').retrySucceeded = 'Hat geklappt, null Probleme.'), 'ui.retrySucceeded', /contains "null" as a word/],
    // The review's findings (docs/reviews/locales-2026-12.md), each put back as it was.
    ['the car named again right after the action', 'es', (t: Tree) => (group(t, 'error.COMPATIBILITY.default').message_withAction = '{{appName}} no puede {{action}} con tu vehículo. Todo lo demás sigue funcionando.'), 'error.COMPATIBILITY.default.message_withAction', /names the car again after the action: ".*tu vehículo con tu vehículo/],
    // The car before the action in the same clause: English once wrote "Your car doesn't let Chargely lock your car".
    ['the car named again before the action', 'en', (t: Tree) => (group(t, 'error.COMPATIBILITY.VEHICLE_NOT_CAPABLE').message_withAction = "Your car doesn't let {{appName}} {{action}}. Everything else keeps working."), 'error.COMPATIBILITY.VEHICLE_NOT_CAPABLE.message_withAction', /names the car again before the action: "Your car doesn't let Nullify check your car's/],
    ['the car named again before the action in French', 'fr', (t: Tree) => (group(t, 'error.COMPATIBILITY.VEHICLE_NOT_CAPABLE').message_withAction = "Votre voiture n'autorise pas {{appName}} à {{action}}. Tout le reste fonctionne normalement."), 'error.COMPATIBILITY.VEHICLE_NOT_CAPABLE.message_withAction', /names the car again before the action: "Votre voiture n'autorise pas/],
    // Korean puts the car before the action; named after it, in the same clause, it repeats it too.
    ['the car named again after the action in Korean', 'ko', (t: Tree) => (group(t, 'error.COMPATIBILITY.default').message_withAction = '{{appName}}에서 {{action}} 기능을 차량에서 사용할 수 없어요.'), 'error.COMPATIBILITY.default.message_withAction', /names the car again after the action/],
    ['a time word after the action', 'en', (t: Tree) => (group(t, 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE').message_withAction = "{{appName}} can't {{action}} yet. Everything else keeps working."), 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE.message_withAction', /time word "yet" after the action/],
    ['a time word after the action in Swedish', 'sv', (t: Tree) => (group(t, 'error.VEHICLE_STATE.default').message_withAction = '{{appName}} kunde inte {{action}} just nu. Kontrollera bilen.'), 'error.VEHICLE_STATE.default.message_withAction', /time word "just nu"/],
    // Norwegian puts "ennå" last by habit ("kan ikke låse bilen ennå"); with an action it must come before it.
    ['a time word after the action in Norwegian', 'nb', (t: Tree) => (group(t, 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE').message_withAction = '{{appName}} kan ikke {{action}} ennå. Alt annet fungerer som vanlig.'), 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE.message_withAction', /time word "ennå" after the action/],
    ['the definite fallback "appen" after a Norwegian possessive', 'nb', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'Bilen din ble ikke koblet til din {{appName}}. <reconnectLink>Koble til bilen</reconnectLink> når du er klar.'), 'error.CONNECT.user_cancelled.message', /right after "din"/],
    // Chinese puts "for your car" and time words before the verb: the calque of "for your car", and "right now" on the action instead of on 无法.
    ['the car named again before the action in Chinese', 'zh', (t: Tree) => (group(t, 'error.COMPATIBILITY.default').message_withAction = '{{appName}}无法为您的车辆{{action}}。其他功能均可正常使用。'), 'error.COMPATIBILITY.default.message_withAction', /names the car again before the action: ".*为您的车辆查看/],
    ['a time word between 无法 and the action in Chinese', 'zh', (t: Tree) => (group(t, 'error.VEHICLE_STATE.default').message_withAction = '{{appName}}无法立即{{action}}。请检查车辆状态。'), 'error.VEHICLE_STATE.default.message_withAction', /time word "立即" before the action/],
    ['the usual Chinese "try again later"', 'zh', (t: Tree) => (group(t, 'error.SERVER.default').message = '{{appName}}与您的车辆通信时出现问题。请稍后重试。'), 'error.SERVER.default.message', /tells the owner to try again/],
    // Japanese modifiers come first: まだ right before the action reads "whether your car is still locked".
    ['a time word before the action in Japanese', 'ja', (t: Tree) => (group(t, 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE').message_withAction = '{{appName}}ではまだ{{action}}ができません。その他の機能は引き続きご利用いただけます。'), 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE.message_withAction', /time word "まだ" before the action/],
    ['a Japanese message that tells the owner to try again', 'ja', (t: Tree) => (group(t, 'error.VALIDATION.default').message = '{{appName}}でこのリクエストを完了できませんでした。再度お試しください。'), 'error.VALIDATION.default.message', /tells the owner to try again/],
    // The particle と ("and") does not end a clause: the car before it is still the action's.
    ['the car named before the action in Japanese', 'ja', (t: Tree) => (group(t, 'error.COMPATIBILITY.default').message_withAction = 'お使いの車と{{appName}}の組み合わせでは{{action}}ができません。その他の機能は引き続きご利用いただけます。'), 'error.COMPATIBILITY.default.message_withAction', /names the car again before the action/],
    ['a time word after the action in Polish', 'pl', (t: Tree) => (group(t, 'error.VEHICLE_STATE.default').message_withAction = '{{appName}} nie może {{action}} w tej chwili. Sprawdź samochód.'), 'error.VEHICLE_STATE.default.message_withAction', /time word "w tej chwili"/],
    ['the app name after a Polish preposition, where the fallback "aplikacja" cannot stand', 'pl', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'Samochód nie został połączony z {{appName}}. <reconnectLink>Połącz samochód</reconnectLink>.'), 'error.CONNECT.user_cancelled.message', /right after "z"/],
    ['a bracket that is empty when a fact is unknown', 'de', (t: Tree) => (group(t, 'error.CONNECT.vehicle_incompatible').message_withVehicle = '{{appName}} kann sich noch nicht mit Ihrem {{make}} {{model}} [{{year}}] verbinden.'), 'error.CONNECT.vehicle_incompatible.message_withVehicle', /empty bracket/],
    ['a message that tells the owner to try again', 'fr', (t: Tree) => (group(t, 'error.VALIDATION.default').message = "{{appName}} n'a pas pu traiter cette demande. Veuillez réessayer."), 'error.VALIDATION.default.message', /tells the owner to try again/],
    ['a time to wait beside the countdown', 'en', (t: Tree) => (group(t, 'error.RATE_LIMIT.SMARTCAR_API').message = '{{appName}} is handling a lot of requests. It works again in a few minutes.'), 'error.RATE_LIMIT.SMARTCAR_API.message', /gives a time to wait \("in a few minutes"\)/],
    ['the app name where the fallback cannot stand', 'ar', (t: Tree) => (group(t, 'error.CONNECTED_SERVICES_ACCOUNT.PERMISSION').message = 'لم يمنح حسابك لدى الشركة المصنّعة {{appName}} إذن الوصول. يُرجى <reconnectLink>إعادة ربط سيارتك</reconnectLink>.'), 'error.CONNECTED_SERVICES_ACCOUNT.PERMISSION.message', /puts \{\{appName\}\} right after "المصنّعة"/],
    ['the app name after a German dative preposition', 'de', (t: Tree) => (group(t, 'error.CONNECT.user_cancelled').message = 'Ihr Auto wurde nicht mit {{appName}} verbunden. <reconnectLink>Verbinden Sie Ihr Auto</reconnectLink>.'), 'error.CONNECT.user_cancelled.message', /right after "mit"/],
    ['text where a group belongs', 'fr', (t: Tree) => (t.error = 'oops'), 'error', /is text where English has a group of keys/],
  ])('fails on %s', (_name, lng, breakIt, key, message) => {
    const problems = problemsIn(brokenLocales(lng, breakIt));
    expect(problems).toContainEqual({ locale: lng, key, message: expect.stringMatching(message) as string });
  });

  it('lets a plural form leave {{count}} out only when it stands for a single number', () => {
    const dir = brokenLocales('en', (t) => (group(t, 'ui').moreErrors_one = 'One more issue'));
    const english = JSON.parse(readFileSync(join(dir, 'en', 'vehicle-errors.json'), 'utf8')) as Tree;
    // Russian "one" is 1, 21, 31, 41…: "ещё одна проблема" would be wrong for 21.
    const russian = withPluralForms(english, {
      retryCountdown: { one: '{{count}} секунда', few: '{{count}} секунды', many: '{{count}} секунд', other: '{{count}} секунды' },
      retryCountdownMinutes: { one: '{{count}} минута', few: '{{count}} минуты', many: '{{count}} минут', other: '{{count}} минуты' },
      moreErrors: { one: 'Ещё одна проблема', few: 'Ещё {{count}} проблемы', many: 'Ещё {{count}} проблем', other: 'Ещё {{count}} проблемы' },
    });
    mkdirSync(join(dir, 'ru'));
    writeFileSync(join(dir, 'ru', 'vehicle-errors.json'), JSON.stringify(russian, null, 2));
    const plural = problemsIn(dir).filter((problem) => /^ui\.(moreErrors|retryCountdown)/.test(problem.key));
    expect(plural).toEqual([
      { locale: 'ru', key: 'ui.moreErrors_one', message: expect.stringMatching(/"one" form in ru stands for 1, 21, 31, 41…, so it must show \{\{count\}\}/) as string },
    ]);
  });

  it('accepts real words that contain "null": Italian "annullato", German "Nullpunkt", an app named "Nullify"', () => {
    const dir = brokenLocales('it', (t) => {
      group(t, 'error.CONNECT.oem_cancelled_login').title = 'Accesso annullato';
      group(t, 'ui.succeeded').message = 'Fatto, nulla da fare.';
    });
    const problems = problemsIn(dir).filter((problem) => problem.locale === 'it');
    expect(problems).toEqual([]);
  });

  it('reads Korean with its endings: the car or a time word before the action, "try again" and a wait in any form', () => {
    const dir = brokenLocales('ko', (t) => {
      // "아직" before the action can attach to it ("whether your car is still locked").
      group(t, 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE').message_withAction = '아직 {{appName}}에서 {{action}} 기능을 사용할 수 없어요.';
      group(t, 'error.COMPATIBILITY.default').message_withAction = '{{appName}}에서는 차량에서 {{action}} 기능을 사용할 수 없어요.';
      // The same words in a reason clause of their own (ended by -어서) are right.
      group(t, 'error.COMPATIBILITY.MAKE_NOT_COMPATIBLE').message_withAction = '차량 브랜드가 아직 지원 대상이 아니어서 {{appName}}에서 {{action}} 기능을 사용할 수 없어요.';
      // Endings attach: "다시 시도해", "몇 분 후에".
      group(t, 'error.VALIDATION.default').message = '{{appName}}에서 이 요청을 완료하지 못했어요. 다시 시도해 주세요.';
      group(t, 'error.RATE_LIMIT.SMARTCAR_API').message = '지금 {{appName}}에서 처리할 요청이 많아요. 몇 분 후에 다시 사용할 수 있어요.';
    });
    const found = problemsIn(dir).filter((problem) => problem.locale === 'ko');
    expect(found.map((problem) => `${problem.key}: ${problem.message.split(/[:,]/)[0] ?? ''}`)).toEqual([
      'error.COMPATIBILITY.default.message_withAction: names the car again before the action',
      'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE.message_withAction: puts the time word "아직" before the action',
      'error.RATE_LIMIT.SMARTCAR_API.message: gives a time to wait ("몇 분 후에")',
      'error.VALIDATION.default.message: tells the owner to try again',
    ]);
  });

  it('is ready for Japanese and Chinese: one plural form, no spaces between words', () => {
    const dir = brokenLocales('en', () => undefined);
    const english = JSON.parse(readFileSync(join(dir, 'en', 'vehicle-errors.json'), 'utf8')) as Tree;
    const only = (word: string) => ({ other: `{{count}}${word}` });
    const japanese = withPluralForms(english, { retryCountdown: only('秒後に再試行します'), retryCountdownMinutes: only('分後に再試行します'), moreErrors: only('件のほかの問題') });
    group(japanese, 'action').lock = '車をロック';
    // "with your car" before the action, and "yet" on the action's own verb: both wrong in Japanese.
    group(japanese, 'error.COMPATIBILITY.default').message_withAction = '{{appName}}はお使いの車では{{action}}できません。';
    group(japanese, 'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE').message_withAction = '{{appName}}はまだ{{action}}できません。';
    // Set apart by a comma, the same words are right.
    group(japanese, 'error.COMPATIBILITY.MAKE_NOT_COMPATIBLE').message_withAction = 'お使いの車のメーカーはまだ対応していないため、{{appName}}は{{action}}できません。';
    mkdirSync(join(dir, 'ja'), { recursive: true });
    writeFileSync(join(dir, 'ja', 'vehicle-errors.json'), JSON.stringify(japanese, null, 2));
    const chinese = withPluralForms(english, { retryCountdown: only('秒后重试'), retryCountdownMinutes: only('分钟后重试'), moreErrors: only('个其他问题') });
    chinese.ui = { ...group(chinese, 'ui'), retryCountdown_one: '1秒后重试' };
    mkdirSync(join(dir, 'zh'), { recursive: true });
    writeFileSync(join(dir, 'zh', 'vehicle-errors.json'), JSON.stringify(chinese, null, 2));

    // Neither is registered in the loader yet: that problem aside, only the wrong sentences and plural form show.
    const found = problemsIn(dir).filter((problem) => problem.key !== '(file)');
    const keys = found.filter((problem) => problem.locale === 'ja').map((problem) => `${problem.key}: ${problem.message.split(/[:,]/)[0] ?? ''}`);
    expect(keys).toEqual([
      'error.COMPATIBILITY.default.message_withAction: names the car again before the action',
      'error.COMPATIBILITY.SMARTCAR_NOT_CAPABLE.message_withAction: puts the time word "まだ" before the action',
    ]);
    expect(found.filter((problem) => problem.locale === 'zh').map((problem) => problem.key)).toEqual(['ui.retryCountdown_one']);
  });

  it('checks Polish plurals: one, few, many and other, each showing its number where it must', () => {
    // The shipped file passes; take one form away and the number out of another.
    const dir = brokenLocales('pl', (t) => {
      delete group(t, 'ui').retryCountdownMinutes_other;
      group(t, 'ui').moreErrors_many = 'Jeszcze kilka problemów';
    });
    const plural = problemsIn(dir).filter((problem) => problem.locale === 'pl' && /^ui\.(moreErrors|retryCountdown)/.test(problem.key));
    expect(plural).toEqual([
      { locale: 'pl', key: 'ui.retryCountdownMinutes_other', message: expect.stringMatching(/is missing \(plural form "other", needed in pl: one, few, many, other\)/) as string },
      { locale: 'pl', key: 'ui.moreErrors_many', message: expect.stringMatching(/"many" form in pl stands for 0, 5, 6, 7…, so it must show \{\{count\}\}/) as string },
    ]);
  });

  it('fails on an English key the code never uses, and on a catalog row English has no text for', () => {
    const problems = problemsIn(
      brokenLocales('en', (t) => {
        group(t, 'ui').neverUsed = 'Never shown';
        group(t, 'error.VEHICLE_STATE').NOT_A_CODE = { title: 'Nope', message: 'Nope' };
        delete group(t, 'error.VEHICLE_STATE').HOOD_OPEN;
      }),
    );
    expect(problems).toContainEqual({ locale: 'en', key: 'ui.neverUsed', message: expect.stringMatching(/is not used/) as string });
    expect(problems).toContainEqual({ locale: 'en', key: 'error.VEHICLE_STATE.NOT_A_CODE.title', message: expect.stringMatching(/no catalog row/) as string });
    expect(problems).toContainEqual({ locale: 'en', key: 'error.VEHICLE_STATE.HOOD_OPEN.title', message: expect.stringMatching(/every catalog row needs/) as string });
  });

  it('fails on a locale the loader does not register, and on a file that is not JSON', () => {
    const dir = brokenLocales('fr', () => undefined);
    cpSync(join(dir, 'fr'), join(dir, 'fi'), { recursive: true });
    writeFileSync(join(dir, 'de', 'vehicle-errors.json'), '{ "ui": ');
    const problems = problemsIn(dir);
    expect(problems).toContainEqual({ locale: 'fi', key: '(file)', message: expect.stringMatching(/not registered in src\/i18n\/locale-loaders\.ts/) as string });
    expect(problems).toContainEqual({ locale: 'fi', key: '(file)', message: expect.stringMatching(/has no sentence rules: add its words to scripts\/i18n-sentence-words\.ts/) as string });
    expect(problems).toContainEqual({ locale: 'de', key: '(file)', message: expect.stringMatching(/cannot be read as JSON/) as string });
  });

  it('exits 1 from the command line and names the file and key', () => {
    const dir = brokenLocales('es', (t) => delete group(t, 'ui').dismiss);
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [join(repo, 'scripts/i18n-check.ts'), '--locales', dir], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      ({ status, stderr: output } = failed);
    }
    expect(status).toBe(1);
    expect(output).toMatch(/es\/vehicle-errors\.json {2}ui\.dismiss: is missing/);
  });
});
