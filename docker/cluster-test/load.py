#!/usr/bin/env python3
"""Load for the two-node crash test (docker/cluster-test/run.sh): applicants file dossiers and officers
work their tasks through the REST API of both nodes, over loopback only, until a stop file appears or
the submission budget is spent. A request that fails (node killed, 5xx) is repeated on the other node
with the same Idempotency-Key; a dossier counts as acknowledged only when a node answered 200/201.
Writes acknowledged.txt (key code) and stats.json into the output directory, and per node a file
served-PORT holding how many requests that node has answered (any HTTP status), which run.sh reads to kill
a node only once it is serving."""
import base64, http.client, json, os, random, sys, threading, time, urllib.error, urllib.request, uuid

nodes, out, budget, password = sys.argv[1].split(","), sys.argv[2], int(sys.argv[3]), sys.argv[4]
stop_file = os.path.join(out, "stop")
# Seconds each applicant waits before a submission (SUBMIT_PAUSE), so that submissions last the whole run.
pause = float(os.environ.get("SUBMIT_PAUSE", "0"))
lock = threading.Lock()
stats = {"submitted": 0, "acknowledged": 0, "retried": 0, "gaveUp": 0, "completed": 0, "conflicts": 0,
         "connectionErrors": 0, "serverErrors": 0, "clientErrors": 0}


def one_page_pdf():
    """A blank one-page PDF with a correct cross-reference table (uploads are opened and checked)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return pdf


PDF = one_page_pdf()
FORM = {"institutionName": "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ", "institutionType": "TRUNG_CAP",
        "address": "Phường Nghĩa Lộ, tỉnh Lào Cai", "legalRepresentative": "Nguyễn Văn An",
        "phone": "0912345678", "occupations": "Kỹ thuật chế biến món ăn", "plannedEnrolment": 60}
FILES = {"DON": "don.pdf", "BAOCAO": "baocao.pdf", "QDTL": "qdtl.pdf", "COSOVC": "cosovc.pdf", "GVCT": "gvct.pdf"}
# What each officer answers in the steps the load walks: reception → appraisal → approval.
ANSWERS = {"Task_Reception": {"receptionDecision": "ACCEPT"},
           "Task_Appraisal": {"appraisalDecision": "PROPOSE_APPROVE", "fieldCheckRequired": False,
                              "appraisalNote": "Đủ điều kiện theo hồ sơ"},
           "Task_Approval": {"approvalDecision": "APPROVE"}}


def count(name, n=1):
    with lock:
        stats[name] += n


def auth(user):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


served = {}


def answered(node):
    with lock:
        served[node] = served.get(node, 0) + 1
        name = os.path.join(out, "served-" + node.rsplit(":", 1)[1])
        with open(name + ".tmp", "w") as f:
            f.write(str(served[node]))
        os.replace(name + ".tmp", name)  # run.sh never reads a half-written file


def call(node, method, path, user, body=None, headers=None, timeout=30):
    request = urllib.request.Request(node + path, data=body, method=method, headers=dict(headers or {}))
    request.add_header("Authorization", auth(user))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            result = response.status, response.read()
        answered(node)
        return result
    except urllib.error.HTTPError as e:
        answered(node)
        return e.code, e.read()
    except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError):
        # A node killed mid-answer leaves a refused connection or a cut-off answer (IncompleteRead).
        count("connectionErrors")
        return None, b""


def multipart(key, applicant):
    boundary = "vetflow" + uuid.uuid4().hex
    dossier = {"procedureId": "P1", "subject": "Đăng ký hoạt động giáo dục nghề nghiệp (thử tải)",
               "applicantName": "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ", "applicantIdNumber": "0101234567",
               "applicantEmail": applicant + "@example.vn",
               "formData": FORM}
    parts = [(b'Content-Disposition: form-data; name="dossier"\r\nContent-Type: application/json\r\n\r\n',
              json.dumps(dossier).encode())]
    for code, name in FILES.items():
        parts.append((f'Content-Disposition: form-data; name="files.{code}"; filename="{name}"\r\n'
                      f'Content-Type: application/pdf\r\n\r\n'.encode(), PDF))
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + head + content + b"\r\n" for head, content in parts)
    body += b"--" + boundary.encode() + b"--\r\n"
    return body, {"Content-Type": "multipart/form-data; boundary=" + boundary, "Idempotency-Key": key}


def submitter(applicant):
    while not os.path.exists(stop_file):
        time.sleep(pause)
        with lock:
            if stats["submitted"] >= budget:
                return
            stats["submitted"] += 1
        key = str(uuid.uuid4())
        body, headers = multipart(key, applicant)
        node = random.choice(nodes)
        for attempt in range(8):
            status, answer = call(node, "POST", "/api/v1/dossiers", applicant, body, headers)
            if status in (200, 201):
                code = json.loads(answer)["code"]
                with lock:
                    stats["acknowledged"] += 1
                    with open(os.path.join(out, "acknowledged.txt"), "a") as f:
                        f.write(f"{applicant} {key} {code}\n")
                break
            if status is not None and 400 <= status < 500:
                count("clientErrors")
                print(f"submission refused {status}: {answer[:300]!r}", file=sys.stderr)
                break
            if status is not None:
                count("serverErrors")
            # The node died or failed: the same key again, on the other node.
            count("retried")
            node = nodes[(nodes.index(node) + 1) % len(nodes)]
            time.sleep(1 + attempt)
        else:
            count("gaveUp")


def officer(user, task_keys):
    while not os.path.exists(stop_file):
        node = random.choice(nodes)
        status, answer = call(node, "GET", "/api/v1/tasks?size=50", user)
        if status is not None and status != 200:
            print(f"task list of {user}: {status} {answer[:200]!r}", file=sys.stderr)
        if status != 200:
            time.sleep(1)
            continue
        tasks = [t for t in json.loads(answer)["items"] if t.get("taskKey") in task_keys]
        if not tasks:
            time.sleep(1)
            continue
        for task in tasks[:10]:
            if os.path.exists(stop_file):
                return
            form = json.dumps(ANSWERS[task["taskKey"]]).encode()
            call(node, "POST", f"/api/v1/tasks/{task['id']}/claim", user)
            status, _ = call(node, "POST", f"/api/v1/tasks/{task['id']}/complete", user, form,
                             {"Content-Type": "application/json"})
            if status == 204:
                count("completed")
            elif status == 409:
                count("conflicts")
            elif status is not None and status >= 500:
                count("serverErrors")
            elif status is not None:
                count("clientErrors")
                print(f"completion of {task['taskKey']} refused {status}: {_[:300]!r}", file=sys.stderr)


threads = [threading.Thread(target=submitter, args=(f"ctapplicant{i}",)) for i in (1, 2, 3)]
threads += [threading.Thread(target=officer, args=("cttiepnhan", {"Task_Reception"})),
            threading.Thread(target=officer, args=("ctchuyenvien", {"Task_Appraisal"})),
            threading.Thread(target=officer, args=("ctlanhdao", {"Task_Approval"}))]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(os.path.join(out, "stats.json"), "w") as f:
    json.dump(stats, f)
print(json.dumps(stats))
