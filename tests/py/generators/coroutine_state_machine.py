def tokenizer(sink):
    word = ""
    while True:
        ch = yield
        if ch is None:
            break
        if ch.isalnum():
            word += ch
        else:
            if word:
                sink.send(word)
                word = ""
    if word:
        sink.send(word)
    sink.close()

def counter(results):
    counts = {}
    try:
        while True:
            w = yield
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    except GeneratorExit:
        results.extend(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

def primed(gen):
    next(gen)
    return gen

results = []
sink = primed(counter(results))
tok = primed(tokenizer(sink))
text = "The cat and the hat. The end, and THE start"
for ch in text:
    tok.send(ch)
try:
    tok.send(None)
except StopIteration:
    print("tokenizer stopped")
print(results)

def door():
    state = "closed"
    while True:
        event = yield state
        if state == "closed" and event == "open":
            state = "opened"
        elif state == "opened" and event == "close":
            state = "closed"
        elif state == "closed" and event == "lock":
            state = "locked"
        elif state == "locked" and event == "unlock":
            state = "closed"
        else:
            print("  ignored", event, "in", state)

d = door()
print(next(d))
for ev in ["open", "lock", "close", "lock", "open", "unlock", "open"]:
    print(ev, "->", d.send(ev))
