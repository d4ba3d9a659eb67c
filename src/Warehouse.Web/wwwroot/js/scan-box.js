// The scan box: one component for every page that takes scans (check-in/out, picking, delivery).
//
// A keyboard-wedge scanner types its code much faster than a person and ends it with Enter (or Tab). The box
// watches the time between keys: a fast burst ending in a terminator is a scan wherever the focus was — it is
// taken out of any other text field it landed in — while slow typing stays ordinary typing. With a Chinese
// input method on, the browser reports the scanner's keys as "Process" (keyCode 229) and feeds them into a
// composition, so the code is rebuilt from each key's physical event.code instead, and what the input method
// commits afterwards is thrown away. Scans are handled one after the other in the order they came, each with
// its own client id, so rapid scans are neither lost nor doubled. Each answer is shown at once in colour and
// with a sound.
//
// GS1 codes need the group separator (GS, U+001D) that wedge scanners type as Ctrl+] or as Alt+0029 on the
// numeric keypad; browsers type neither, so the box inserts the character itself (Alt+numpad codes in general).
// Full-width characters from an input method in full-width mode are folded to ASCII (NFKC) before sending.
(function () {
    const MAX_GAP_MS = 50;
    const MIN_SCAN_LENGTH = 3;
    const TYPING_FOCUS_DELAY_MS = 250;
    const PUNCTUATION = {
        Minus: ['-', '_'], Equal: ['=', '+'], Period: ['.', '>'], Comma: [',', '<'], Slash: ['/', '?'], Semicolon: [';', ':'],
        Quote: ["'", '"'], BracketLeft: ['[', '{'], BracketRight: [']', '}'], Backslash: ['\\', '|'], Backquote: ['`', '~'], Space: [' ', ' '],
        NumpadSubtract: ['-', '-'], NumpadDecimal: ['.', '.'], NumpadAdd: ['+', '+'], NumpadDivide: ['/', '/'], NumpadMultiply: ['*', '*'],
    };
    const DIGITS_SHIFTED = ')!@#$%^&*(';
    const GROUP_SEPARATOR = '\u001d';
    const MODIFIERS = ['Shift', 'CapsLock', 'Control', 'Alt', 'AltGraph', 'Meta', 'NumLock'];
    let audio = null;

    function newId() {
        return crypto.randomUUID ? crypto.randomUUID() : Date.now().toString(16) + Math.random().toString(16).slice(2);
    }

    function isTerminator(event) {
        return event.key === 'Enter' || event.code === 'Enter' || event.code === 'NumpadEnter' || event.keyCode === 13
            || event.key === 'Tab' || event.code === 'Tab';
    }

    function isEnter(event) {
        return event.key === 'Enter' || event.code === 'Enter' || event.code === 'NumpadEnter' || event.keyCode === 13;
    }

    // Ctrl+] is how a US-layout keyboard wedge types GS (ASCII 29 = Ctrl plus the key of ']').
    function isGroupSeparator(event) {
        return event.ctrlKey && !event.altKey && (event.code === 'BracketRight' || event.key === ']' || event.key === GROUP_SEPARATOR);
    }

    // A digit typed on the numeric keypad while Alt is held: part of an Alt+numpad character code.
    function altNumpadDigit(event) {
        if (!event.altKey || event.ctrlKey) return null;
        const match = /^Numpad([0-9])$/.exec(event.code || '');
        return match ? match[1] : null;
    }

    // Windows Alt codes: a number below 32 is that control character (Alt+29 and Alt+0029 are GS).
    function fromAltCode(digits) {
        const value = parseInt(digits, 10) % 256;
        return value > 0 ? String.fromCharCode(value) : null;
    }

    function insert(field, character) {
        const start = field.selectionStart ?? field.value.length;
        const end = field.selectionEnd ?? field.value.length;
        field.value = field.value.slice(0, start) + character + field.value.slice(end);
        field.setSelectionRange(start + character.length, start + character.length);
    }

    // The character a key stands for, from event.key when the browser gives it, else from the physical key.
    function characterOf(event) {
        if (isGroupSeparator(event)) return GROUP_SEPARATOR;
        if (event.ctrlKey || event.altKey || event.metaKey) return null;
        if (event.key && event.key.length === 1 && event.key !== 'Process' && !event.isComposing) return event.key;
        const code = event.code || '';
        const shifted = event.shiftKey;
        if (/^Key[A-Z]$/.test(code)) {
            const caps = event.getModifierState && event.getModifierState('CapsLock');
            return shifted !== caps ? code[3] : code[3].toLowerCase();
        }
        if (/^Digit[0-9]$/.test(code)) return shifted ? DIGITS_SHIFTED[+code[5]] : code[5];
        if (/^Numpad[0-9]$/.test(code)) return code[6];
        if (PUNCTUATION[code]) return PUNCTUATION[code][shifted ? 1 : 0];
        return null;
    }

    function isTextField(element) {
        if (!element) return false;
        if (element.isContentEditable || element.tagName === 'TEXTAREA') return true;
        return element.tagName === 'INPUT' && !['button', 'submit', 'checkbox', 'radio', 'file', 'reset', 'image', 'range', 'color'].includes(element.type);
    }

    function sound(state) {
        try {
            audio = audio || new AudioContext();
            const tones = { ok: [[1320, 0.08]], warn: [[880, 0.09], [660, 0.12]], error: [[220, 0.35]] }[state] || [[1320, 0.08]];
            let at = audio.currentTime;
            for (const [frequency, length] of tones) {
                const osc = audio.createOscillator();
                const gain = audio.createGain();
                osc.frequency.value = frequency;
                gain.gain.value = 0.08;
                osc.connect(gain).connect(audio.destination);
                osc.start(at);
                osc.stop(at + length);
                at += length + 0.03;
            }
        } catch { /* no audio device */ }
        if (state === 'error' && navigator.vibrate) navigator.vibrate(200);
    }

    function loadScript(src) {
        return new Promise((resolve, reject) => {
            if (window.ZXing) { resolve(); return; }
            const script = document.createElement('script');
            script.src = src;
            script.onload = () => resolve();
            script.onerror = () => reject(new Error('load'));
            document.head.append(script);
        });
    }

    // options.onScan(code, scan) returns { state: 'ok' | 'warn' | 'error', message } (or a promise of it);
    // scan = { id, source: 'scanner' | 'keyboard' | 'camera' }.
    function attach(root, options) {
        const input = root.querySelector('.scan-box');
        const feedback = root.querySelector('.scan-feedback');
        const texts = root.dataset;
        let keys = [];
        let burstField = null;
        let burstFieldValue = null;
        let discardComposition = false;
        let imeSeen = false;
        let altDigits = '';
        let altTyped = null;
        let queue = Promise.resolve();
        let waiting = 0;

        function tell(state, message) {
            feedback.className = 'scan-feedback ' + state;
            feedback.dataset.state = state;
            feedback.textContent = message;
            input.classList.remove('scan-ok', 'scan-warn', 'scan-error');
            void input.offsetWidth;
            input.classList.add('scan-' + state);
            sound(state);
        }

        function submit(raw, source) {
            const code = (raw || '').normalize('NFKC').trim();
            if (!code) return;
            const scan = { id: newId(), source };
            waiting++;
            root.dataset.pending = String(waiting);
            queue = queue.then(async () => {
                let answer;
                try {
                    answer = await options.onScan(code, scan);
                } catch {
                    answer = { state: 'error', message: texts.network };
                }
                if (answer && answer.message) tell(answer.state || 'ok', answer.message);
            }).finally(() => {
                waiting--;
                root.dataset.pending = String(waiting);
            });
        }

        function burst(now) {
            if (keys.length < MIN_SCAN_LENGTH || now - keys[keys.length - 1].at > MAX_GAP_MS) return null;
            for (let i = 1; i < keys.length; i++) {
                if (keys[i].at - keys[i - 1].at > MAX_GAP_MS) return null;
            }
            return keys.map(k => k.character).join('');
        }

        document.addEventListener('keydown', (event) => {
            const now = performance.now();
            const target = event.target;
            const inBox = target === input;
            const digit = altNumpadDigit(event);
            if (digit !== null || (keys.length > 0 && (event.key === 'Alt' || event.key === 'Control'))) {
                // An Alt code or Ctrl key in progress takes several key events for one character: it keeps the burst alive.
                if (keys.length > 0) keys[keys.length - 1].at = now;
                if (digit === null) return;
                altDigits += digit;
                event.preventDefault();
                return;
            }
            if (isTerminator(event)) {
                const scanned = burst(now);
                keys = [];
                if (scanned === null && !(inBox && isEnter(event))) return;
                event.preventDefault();
                if (scanned !== null && !inBox && burstField && isTextField(burstField)) burstField.value = burstFieldValue;
                const typed = input.value;
                input.value = '';
                const composing = event.isComposing || event.keyCode === 229 || imeSeen;
                discardComposition = composing;
                imeSeen = false;
                // In the box without an input method the browser typed the code itself; elsewhere, or through an
                // input method, only the keys tell what was scanned.
                const useKeys = scanned !== null && (!inBox || composing);
                submit(useKeys ? scanned : typed, scanned !== null ? 'scanner' : 'keyboard');
                if (!isTextField(document.activeElement) || inBox) input.focus({ preventScroll: true });
                return;
            }
            const character = characterOf(event);
            if (character === null) {
                if (!MODIFIERS.includes(event.key)) keys = [];
                return;
            }
            take(character, event, now);
        }, true);

        // Alt released after keypad digits: the character they name, typed as one key.
        document.addEventListener('keyup', (event) => {
            if (event.key !== 'Alt' || !altDigits) return;
            const character = fromAltCode(altDigits);
            altDigits = '';
            if (character === null) return;
            altTyped = character;
            setTimeout(() => { altTyped = null; }, 100);
            take(character, event, performance.now(), true);
        }, true);

        // Windows types an Alt code's character itself after the keyup; the box already has it.
        document.addEventListener('beforeinput', (event) => {
            if (altTyped !== null && event.data === altTyped) event.preventDefault();
        }, true);

        // One character of a scan or of typing; typedByUs when the browser will not type it (GS, Alt codes).
        function take(character, event, now, typedByUs = character === GROUP_SEPARATOR) {
            const target = event.target;
            const inBox = target === input;
            if (typedByUs) event.preventDefault();
            if (keys.length > 0 && now - keys[keys.length - 1].at > MAX_GAP_MS) keys = [];
            if (keys.length === 0) {
                imeSeen = false;
                burstField = inBox ? null : target;
                burstFieldValue = isTextField(target) ? target.value : null;
            }
            keys.push({ character, at: now });
            if (event.key === 'Process' || event.keyCode === 229 || event.isComposing) imeSeen = true;
            if (!inBox && !isTextField(target) && !(target && (target.tagName === 'SELECT' || target.isContentEditable))) {
                // Nothing that takes text has the focus: the keys belong to the scan box.
                event.preventDefault();
                input.focus({ preventScroll: true });
                input.value += character;
            } else if (typedByUs && isTextField(target)) {
                insert(target, character);
            }
        }

        input.addEventListener('compositionend', () => {
            if (!discardComposition) return;
            discardComposition = false;
            setTimeout(() => { input.value = ''; }, 0);
        });

        // Come back to the box when the focus went nowhere (a click on the page), never away from another field.
        input.addEventListener('blur', () => {
            setTimeout(() => {
                const active = document.activeElement;
                if (!active || active === document.body || active === document.documentElement) input.focus({ preventScroll: true });
            }, TYPING_FOCUS_DELAY_MS);
        });

        // Scans a serial scanner on the station agent's PC forwarded (wwwroot/js/station-scans.js), parsed like the wedge's.
        root.addEventListener('scan-box:forwarded', (event) => submit(event.detail.code, 'scanner'));
        setupCamera(root, submit, tell);
        setupPhoto(root, submit, tell);
        return { submit, tell, focus: () => input.focus() };
    }

    function setupCamera(root, submit, tell) {
        const button = root.querySelector('.scan-camera-toggle');
        const panel = root.querySelector('.scan-camera');
        if (!button || !panel) return;
        const video = panel.querySelector('video');
        const texts = root.dataset;
        let reader = null;
        let last = { text: null, at: 0 };

        async function start() {
            if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
                tell('error', texts.noCamera);
                return;
            }
            try {
                await loadScript(root.dataset.zxing);
            } catch {
                tell('error', texts.noCamera);
                return;
            }
            const hints = new Map();
            hints.set(ZXing.DecodeHintType.POSSIBLE_FORMATS,
                [ZXing.BarcodeFormat.CODE_128, ZXing.BarcodeFormat.QR_CODE, ZXing.BarcodeFormat.EAN_13, ZXing.BarcodeFormat.DATA_MATRIX]);
            reader = new ZXing.BrowserMultiFormatReader(hints, 300);
            panel.classList.remove('d-none');
            button.setAttribute('aria-pressed', 'true');
            try {
                await reader.decodeFromConstraints({ video: { facingMode: 'environment' } }, video, (result) => {
                    if (!result) return;
                    const text = result.getText();
                    const now = Date.now();
                    // The camera sees the same code many times a second: one scan per code until it changes or 2 s pass.
                    if (text === last.text && now - last.at < 2000) return;
                    last = { text, at: now };
                    submit(text, 'camera');
                });
            } catch {
                stop();
                tell('error', texts.noCamera);
            }
        }

        function stop() {
            if (reader) reader.reset();
            reader = null;
            panel.classList.add('d-none');
            button.setAttribute('aria-pressed', 'false');
        }

        button.addEventListener('click', () => (reader ? stop() : start()));
    }

    // A photo of the code, read on the server; what it finds is handled like any other scan.
    function setupPhoto(root, submit, tell) {
        const picker = root.querySelector('.scan-photo-input');
        if (!picker) return;
        picker.addEventListener('change', async () => {
            const file = picker.files && picker.files[0];
            if (!file) return;
            const form = new FormData();
            form.append('photo', file);
            picker.value = '';
            let response;
            try {
                response = await fetch(root.dataset.photoUrl, {
                    method: 'POST', body: form, headers: { 'Accept': 'application/json', 'RequestVerificationToken': root.dataset.token },
                });
            } catch {
                tell('error', root.dataset.network);
                return;
            }
            const answer = await response.json().catch(() => ({}));
            if (!response.ok || !answer.text) {
                tell('error', answer.detail || root.dataset.network);
                return;
            }
            submit(answer.text, 'camera');
        });
    }

    window.ScanBox = { attach };
})();
