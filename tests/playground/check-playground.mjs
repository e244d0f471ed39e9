// Drives the Microsoft 365 Agents Playground web UI (Teams or Web Chat view) against the ChatBot and checks the
// suggested actions and the language of /help, /ajuda, /sobre.
// Usage: node check-playground.mjs <msteams|webchat> [playground URL, default http://127.0.0.1:56150/] [label for the file names, default the channel]
// Needs the bot (POST /api/messages) and the playground (`agentsplayground -e http://127.0.0.1:3978/api/messages -c <channel>`)
// already running; screenshots go to shots/<channel>-NN-*.png, a JSON summary to shots/<channel>-result.json.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';

const channel = process.argv[2] ?? 'msteams';
const url = process.argv[3] ?? 'http://127.0.0.1:56150/';
const label = process.argv[4] ?? channel;
const shotsDir = new URL('./shots/', import.meta.url).pathname;
fs.mkdirSync(shotsDir, { recursive: true });

// Needles free of apostrophes: Web Chat renders "I'm" as "I’m" (typographic).
const TEXT = {
  welcomeEn: 'a small character-level model (an LSTM)',
  welcomePt: 'um pequeno modelo por caracteres',
  helpEn: 'Write anything, in English or Portuguese',
  helpPt: 'Escreva qualquer coisa, em português ou inglês',
  aboutEn: '(fingerprint ',
  aboutPt: '(impressão digital ',
  resetPt: ['Ainda não havia nada para esquecer', 'Pronto: esqueci a nossa conversa'],
  resetEn: ['There was nothing to forget yet', 'Done: I'],
};
// Where the conversation starts on the page: Teams view has a chat list on the left, Web Chat fills the width.
const chatLeft = channel === 'msteams' ? 300 : -1;
const results = [];
let failures = 0;
function check(name, ok, detail) {
  results.push({ name, ok, detail });
  if (!ok) failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'} [${channel}] ${name}${detail !== undefined ? ': ' + JSON.stringify(detail) : ''}`);
}

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--lang=en-US'],
  defaultViewport: { width: 1400, height: 1000 },
});
let shot = 0;
const page = await browser.newPage();
// What the UI sends to the playground's backend (to see what a tapped button posts).
const sent = [];
page.on('request', (request) => {
  const body = request.postData();
  if (request.method() === 'POST' && body && request.url().startsWith(url.replace(/\/$/, ''))) {
    sent.push({ url: request.url().replace(url.replace(/\/$/, ''), ''), body: body.slice(0, 2000) });
  }
});
page.on('pageerror', (error) => console.log('PAGEERROR', String(error).slice(0, 300)));

async function screenshot(name) {
  const file = `${shotsDir}${label}-${String(++shot).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: file });
  console.log('  screenshot', file);
  return file;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The chat area's text (without the log panel): everything left of the log panel. */
async function chatText() {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const logPanel = [...document.querySelectorAll('*')].find((e) => e.childElementCount === 0 && e.textContent === 'Log Panel');
    const limit = logPanel ? logPanel.getBoundingClientRect().left - 5 : Infinity;
    const parts = [];
    // Skip text only screen readers get (Web Chat's "Bot said: …" copies sit in 1-pixel boxes).
    const hidden = new Map();
    const isHidden = (element) => {
      if (!element || element === document.body) return false;
      if (hidden.has(element)) return hidden.get(element);
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const clipped = style.display !== 'contents' && (box.width <= 1 || box.height <= 1) && (style.overflow !== 'visible' || style.clip !== 'auto');
      const result = clipped || style.visibility === 'hidden' || isHidden(element.parentElement);
      hidden.set(element, result);
      return result;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const box = node.parentElement?.getBoundingClientRect();
      if (box && box.width > 0 && box.left < limit && !isHidden(node.parentElement)) parts.push(node.textContent);
    }
    return parts.join('\n');
  });
}
const count = (haystack, needle) => haystack.split(needle).length - 1;

async function waitForCount(needles, n, timeoutMs = 60000) {
  needles = [].concat(needles);
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await chatText();
    const total = needles.reduce((sum, needle) => sum + count(text, needle), 0);
    if (total >= n) return { ok: true, text };
    await sleep(500);
  }
  return { ok: false, text };
}

/** Visible buttons of the conversation (not the top bar, side bar or log panel), in document order. */
async function chatButtons() {
  return page.evaluate((chatLeft) => {
    const logPanel = [...document.querySelectorAll('*')].find((e) => e.childElementCount === 0 && e.textContent === 'Log Panel');
    const limit = logPanel ? logPanel.getBoundingClientRect().left - 5 : Infinity;
    const input = document.querySelector('[contenteditable="true"], textarea, input[type="text"]');
    const inputTop = input ? input.getBoundingClientRect().top - 5 : Infinity;
    return [...document.querySelectorAll('button, [role="button"]')]
      .map((b) => ({ text: (b.innerText || b.getAttribute('aria-label') || '').trim(), box: b.getBoundingClientRect(), title: b.getAttribute('title') }))
      .filter((b) => b.box.width > 0 && b.box.height > 0 && b.box.left > chatLeft && b.box.left < limit && b.box.top > 50 && b.box.top < inputTop && b.text)
      .map((b) => ({ text: b.text, x: Math.round(b.box.left), y: Math.round(b.box.top) }));
  }, chatLeft);
}

async function clickButton(text) {
  const handles = await page.$$('button, [role="button"]');
  let target = null;
  for (const handle of handles) {
    const label = await handle.evaluate((b) => (b.innerText || b.getAttribute('aria-label') || '').trim());
    const visible = await handle.evaluate((b) => b.getBoundingClientRect().width > 0);
    if (label === text && visible) target = handle; // the last one: the newest message's buttons
  }
  if (!target) return false;
  await target.scrollIntoView();
  await target.click();
  return true;
}

async function send(text) {
  const box = await page.$('[contenteditable="true"][role="textbox"], textarea, input[type="text"][placeholder]');
  await box.click();
  await page.keyboard.type(text, { delay: 20 });
  await sleep(300);
  await page.keyboard.press('Enter');
}

/** The playground's log panel lines (what went to and came from the bot). */
async function logPanelLines() {
  return page.evaluate(() => {
    const logPanel = [...document.querySelectorAll('*')].find((e) => e.childElementCount === 0 && e.textContent === 'Log Panel');
    if (!logPanel) return [];
    const left = logPanel.getBoundingClientRect().left - 5;
    const parts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const box = node.parentElement?.getBoundingClientRect();
      if (box && box.width > 0 && box.left >= left) parts.push(node.textContent);
    }
    return parts.join('').split(/Request(?=Response)/)[0].split(/(?=\[\d+:\d+:\d+ [AP]M\])/).map((line) => line.replace('Click on a log item in the panel above to see log details.', '').trim()).filter(Boolean);
  });
}


/** Clicks the newest log panel entry named `label` (e.g. "message 200") and returns the activity JSON it shows. */
async function logDetail(label) {
  const spans = await page.$$('span');
  let target = null;
  for (const span of spans) {
    if ((await span.evaluate((e) => e.innerText.trim())) === label) target = span;
  }
  if (!target) return null;
  await target.click();
  await sleep(1000);
  const text = await page.evaluate(() => document.body.innerText);
  const start = text.lastIndexOf('Response\n{');
  if (start < 0) return null;
  const json = text.slice(start + 'Response\n'.length);
  try {
    return JSON.parse(json.slice(0, json.lastIndexOf('}') + 1));
  } catch {
    return json.slice(0, 3000);
  }
}

function buttonsAfter(buttons, expected) {
  const texts = buttons.map((b) => b.text);
  return expected.every((title) => texts.includes(title));
}

async function step(name, action, expectNeedles, expectCount, expectButtons) {
  const sentBefore = sent.length;
  const logBefore = (await logPanelLines()).length;
  await action();
  const waited = await waitForCount(expectNeedles, expectCount);
  await sleep(1500); // let the suggested actions render
  const file = await screenshot(name);
  const buttons = await chatButtons();
  const log = (await logPanelLines()).slice(logBefore);
  check(`${name}: answer (${[].concat(expectNeedles).join(' | ')}) seen ${expectCount}x`, waited.ok,
    waited.ok ? undefined : waited.text.slice(-600));
  if (expectButtons) {
    check(`${name}: buttons ${expectButtons.join(', ')}`, buttonsAfter(buttons, expectButtons), buttons.map((b) => b.text));
  }
  console.log('  log panel:', JSON.stringify(log));
  console.log('  posted by the UI:', JSON.stringify(sent.slice(sentBefore).map((s) => s.url + ' ' + s.body.slice(0, 600))));
  return { file, buttons, log, text: waited.text };
}

try {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
  // 1. The welcome, sent when the playground starts the conversation.
  const welcome = await waitForCount([TEXT.welcomeEn, TEXT.welcomePt], 1, 90000);
  await sleep(2000);
  await screenshot('welcome');
  const welcomeButtons = await chatButtons();
  console.log('  buttons under the welcome:', JSON.stringify(welcomeButtons));
  check('welcome shown', welcome.ok, welcome.ok ? undefined : welcome.text.slice(-600));
  check('welcome in English (client locale en-US)', count(welcome.text, TEXT.welcomeEn) >= 1);
  check('exactly one welcome', count(welcome.text, TEXT.welcomeEn) + count(welcome.text, TEXT.welcomePt) === 1,
    count(welcome.text, TEXT.welcomeEn) + count(welcome.text, TEXT.welcomePt));
  check('welcome buttons What can you do?, Who are you?, Português', buttonsAfter(welcomeButtons, ['What can you do?', 'Who are you?', 'Português']),
    welcomeButtons.map((b) => b.text));

  // 2. Tap "What can you do?": English help with its buttons.
  const helpTap = await step('tap-what-can-you-do', async () => check('"What can you do?" button found and clicked', await clickButton('What can you do?')),
    TEXT.helpEn, 1, ['/reset', 'About this model', 'Português']);

  // 3. Type /help: English help again, buttons again.
  await step('typed-help', () => send('/help'), TEXT.helpEn, 2, ['/reset', 'About this model', 'Português']);

  // 4. Tap "Português": Portuguese help with the Portuguese buttons.
  const ptTap = await step('tap-portugues', async () => check('"Português" button found and clicked', await clickButton('Português')),
    TEXT.helpPt, 1, ['/recomeçar', 'Sobre o modelo', 'English']);
  check('Portuguese help lists /recomeçar and /sobre', /\/recomeçar: esquecer/.test(ptTap.text) && /\/sobre: qual modelo/.test(ptTap.text));

  // 5. Type /ajuda: Portuguese whatever the locale, lists the Portuguese aliases.
  const ajuda = await step('typed-ajuda', () => send('/ajuda'), TEXT.helpPt, 2, ['/recomeçar', 'Sobre o modelo', 'English']);
  check('/ajuda answer lists /recomeçar, /sobre, /ajuda', count(ajuda.text, '/recomeçar: esquecer esta conversa') >= 2 && count(ajuda.text, '/sobre: qual modelo sou') >= 2 && count(ajuda.text, '/ajuda: esta mensagem') >= 2);

  const ajudaActivity = await logDetail('message 200');
  fs.writeFileSync(`${shotsDir}${label}-ajuda-activity.json`, JSON.stringify(ajudaActivity, null, 1));
  console.log('  the /ajuda activity the bot received: text', JSON.stringify(ajudaActivity?.text), 'locale', JSON.stringify(ajudaActivity?.locale),
    'channelId', ajudaActivity?.channelId, 'conversationType', ajudaActivity?.conversation?.conversationType);
  check('/ajuda sent with a non-Portuguese client locale (so the language comes from the command)', !/^pt/i.test(ajudaActivity?.locale ?? ''), ajudaActivity?.locale ?? null);

  // 6. Type /sobre: Portuguese about.
  const sobre = await step('typed-sobre', () => send('/sobre'), TEXT.aboutPt, 1);
  const aboutLine = sobre.text.split('\n').find((line) => line.includes(TEXT.aboutPt));
  console.log('  /sobre answer:', aboutLine);
  check('/sobre answer entirely in Portuguese (no English corpus description)', !/\bdialogues from\b/.test(aboutLine ?? ''), aboutLine);

  // 7. Extras: the other buttons.
  // /sobre's answer carries no buttons; ask for the Portuguese help again and tap its "Sobre o modelo".
  await send('/ajuda');
  await waitForCount(TEXT.helpPt, 3);
  await sleep(1500);
  console.log('  buttons after the third /ajuda:', JSON.stringify((await chatButtons()).map((b) => b.text)));
  await step('tap-sobre-o-modelo', async () => check('"Sobre o modelo" button found and clicked', await clickButton('Sobre o modelo')), TEXT.aboutPt, 2);
  await send('/ajuda');
  await waitForCount(TEXT.helpPt, 4);
  await sleep(1500);
  await step('tap-recomecar', async () => check('"/recomeçar" button found and clicked', await clickButton('/recomeçar')), TEXT.resetPt, 1);
  await send('/ajuda');
  await waitForCount(TEXT.helpPt, 5);
  await sleep(1500);
  await step('tap-english', async () => check('"English" button found and clicked', await clickButton('English')), TEXT.helpEn, 3, ['/reset', 'About this model', 'Português']);
  await step('tap-about-this-model', async () => check('"About this model" button found and clicked', await clickButton('About this model')), TEXT.aboutEn, 1);
  await send('/help');
  await waitForCount(TEXT.helpEn, 4);
  await sleep(1500);
  await step('tap-reset', async () => check('"/reset" button found and clicked', await clickButton('/reset')), TEXT.resetEn, 1);
  // A model turn still works after all that.
  const botLines = async () => (await logPanelLines()).filter((line) => /User Application -> Microsoft 365 Agents Playground message 20\d/.test(line));
  const repliesBefore = (await botLines()).length;
  await send('hello, how are you?');
  const turnStart = Date.now();
  let replies = [];
  while (Date.now() - turnStart < 60000) {
    replies = await botLines();
    if (replies.length > repliesBefore) break;
    await sleep(500);
  }
  await sleep(1500);
  await screenshot('model-turn');
  check('a model turn ("hello, how are you?") is answered', replies.length > repliesBefore, replies.slice(repliesBefore).join(' | ') || 'no reply in 60 s');
  fs.writeFileSync(`${shotsDir}${label}-log-panel.txt`, (await logPanelLines()).join('\n') + '\n');
  fs.writeFileSync(`${shotsDir}${label}-posted.json`, JSON.stringify(sent, null, 1));
} catch (error) {
  check('no exception', false, String(error.stack ?? error));
  await screenshot('error').catch(() => {});
} finally {
  fs.writeFileSync(`${shotsDir}${label}-result.json`, JSON.stringify({ channel, failures, results }, null, 1));
  console.log(`${failures === 0 ? 'ALL PASSED' : failures + ' FAILED'} [${channel}]`);
  await browser.close();
  process.exitCode = failures === 0 ? 0 : 1;
}
