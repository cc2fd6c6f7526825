// The queue screen speaks: when a car is called (or called again), a chime, then the call in words
// ("BH 1234 AB, silakan ke loket 1"), because drivers are watching the road, not the screen. Only the
// browser's own speech synthesis is used; nothing leaves the screen. Sound is chosen per screen: the button
// (remembered in this browser's localStorage) or ?suara=1 / ?suara=0 in the address. Browsers speak only
// after someone has pressed something on the page, so a screen that must speak right after start-up is
// started with the kiosk flag --autoplay-policy=no-user-gesture-required (Chromium).
(() => {
    const KEY = 'drivethru.display.sound';
    const seen = new Set();
    let audio = null;

    const soundOn = () => localStorage.getItem(KEY) === 'on';

    const chooseFromAddress = () => {
        const value = new URLSearchParams(window.location.search).get('suara');
        if (value === '1' || value === 'on') {
            localStorage.setItem(KEY, 'on');
        } else if (value === '0' || value === 'off') {
            localStorage.setItem(KEY, 'off');
        }
    };

    const showSwitch = () => {
        const button = document.getElementById('sound-toggle');
        if (!button) {
            return;
        }
        const on = soundOn();
        button.setAttribute('aria-pressed', String(on));
        button.textContent = on ? button.dataset.labelOn : button.dataset.labelOff;
    };

    // A two-note chime made on the spot, so there is no sound file to load.
    const chime = () => {
        const Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) {
            return;
        }
        audio = audio || new Context();
        if (audio.state === 'suspended') {
            audio.resume().catch(() => {});
        }
        [[659.25, 0], [523.25, 0.4]].forEach(([frequency, start]) => {
            const tone = audio.createOscillator();
            const gain = audio.createGain();
            tone.frequency.value = frequency;
            gain.gain.setValueAtTime(0.0001, audio.currentTime + start);
            gain.gain.exponentialRampToValueAtTime(0.4, audio.currentTime + start + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + start + 0.6);
            tone.connect(gain).connect(audio.destination);
            tone.start(audio.currentTime + start);
            tone.stop(audio.currentTime + start + 0.65);
        });
    };

    // Letters and digits one by one ("B H 1 2 3 4 A B"), as a driver compares them with the plate.
    const spoken = (text, plate) => text.replace(plate, plate.replace(/\s+/g, '').split('').join(' '));

    const speak = (calls) => {
        if (!('speechSynthesis' in window)) {
            return;
        }
        const lang = document.documentElement.lang === 'en' ? 'en-US' : 'id-ID';
        const voice = window.speechSynthesis.getVoices().find((v) => v.lang && v.lang.replace('_', '-').startsWith(lang.substring(0, 2)));
        calls.forEach((call) => {
            const utterance = new SpeechSynthesisUtterance(spoken(call.dataset.announce, call.dataset.plate));
            utterance.lang = lang;
            utterance.rate = 0.9;
            if (voice) {
                utterance.voice = voice;
            }
            window.speechSynthesis.speak(utterance);
        });
    };

    // Calls on the board that this screen has not announced yet; the first look only takes note, so that a
    // reload does not repeat every call on the board.
    const newCalls = (announce) => {
        const fresh = [];
        document.querySelectorAll('#board [data-call]').forEach((call) => {
            const id = call.dataset.call + '|' + call.dataset.announce;
            if (!seen.has(id)) {
                seen.add(id);
                fresh.push(call);
            }
        });
        return announce ? fresh : [];
    };

    const announce = (calls) => {
        if (calls.length === 0 || !soundOn()) {
            return;
        }
        // What was said last, for whoever checks the screen (and for the browser test).
        document.body.dataset.lastAnnouncement = calls.map((c) => c.dataset.announce).join(' · ');
        chime();
        window.setTimeout(() => speak(calls), 1100);
    };

    document.addEventListener('DOMContentLoaded', () => {
        chooseFromAddress();
        newCalls(false);
        const control = document.getElementById('sound-control');
        if (control) {
            control.hidden = false;
        }
        showSwitch();
        const button = document.getElementById('sound-toggle');
        if (button) {
            button.addEventListener('click', () => {
                localStorage.setItem(KEY, soundOn() ? 'off' : 'on');
                showSwitch();
                if (soundOn()) {
                    chime(); // also unlocks sound in this browser, since a button was pressed
                }
            });
        }
        document.body.addEventListener('htmx:afterSettle', () => announce(newCalls(true)));
    });
})();
