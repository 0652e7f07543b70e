"""Runs a command, samples its /proc/PID/io and RSS every 0.25 s into LOG (with its stderr
lines), and prints its final I/O counters (read from the exited process before it is reaped),
CPU time, wall clock and peak RSS (docs/benchmarks.md, "The state's I/O on a first run").

    python3 scripts/run_io.py io.log reactions run RC.json --out io-out --collected-on 2025-01-01
"""
import os, sys, time, threading, subprocess, resource

def io(pid):
    try:
        with open(f"/proc/{pid}/io") as f:
            return {k: int(v) for k, v in (l.split(": ") for l in f)}
    except Exception:
        return None

log = open(sys.argv[1], "w")
cmd = sys.argv[2:]
start = time.time()
p = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
done = threading.Event()
def reader():
    for line in p.stderr:
        log.write(f"{time.time()-start:8.2f} LOG {line.rstrip()[:300]}\n"); log.flush()
threading.Thread(target=reader, daemon=True).start()
def sampler():
    while not done.is_set():
        s = io(p.pid)
        try:
            rss = int(open(f"/proc/{p.pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
        except Exception:
            rss = -1
        if s:
            log.write(f"{time.time()-start:8.2f} IO rchar={s['rchar']/1e6:.0f}MB wchar={s['wchar']/1e6:.0f}MB read={s['read_bytes']/1e6:.0f}MB write={s['write_bytes']/1e6:.0f}MB rss={rss}MB\n"); log.flush()
        time.sleep(0.25)
threading.Thread(target=sampler, daemon=True).start()
os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
final = io(p.pid)
done.set()
p.wait()
wall = time.time() - start
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
msg = (f"exit={p.returncode} wall={wall:.1f}s user={ru.ru_utime:.1f}s sys={ru.ru_stime:.1f}s "
       f"maxrss={ru.ru_maxrss/1024:.0f}MB "
       + (" ".join(f"{k}={v/1e6:.0f}MB" for k, v in final.items() if k in ("rchar","wchar","read_bytes","write_bytes","cancelled_write_bytes")) if final else "io=?")
       + f" load={open('/proc/loadavg').read().split()[:3]}")
log.write(msg + "\n"); print(msg)
