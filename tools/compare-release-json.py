#!/usr/bin/env python3
# Prints where two releases as JSON differ (path, then the expected and the found value):
#   python3 tools/compare-release-json.py expected.json found.json
# For working on the readers: `caricc convert FILE --to json -o found.json`.
import json,sys
e=json.load(open(sys.argv[1])); g=json.load(open(sys.argv[2]))
def cmp(a,b,path):
    if type(a)!=type(b): print(path, "TYPE", str(a)[:100], "|", str(b)[:100]); return
    if isinstance(a,dict):
        for k in set(a)|set(b):
            if k not in a or k not in b: print(path+"."+k, "MISSING", str(a.get(k))[:100], "|", str(b.get(k))[:100])
            else: cmp(a[k],b[k],path+"."+k)
    elif isinstance(a,list):
        if len(a)!=len(b): print(path,"LEN",len(a),len(b), str(a)[:300], "|", str(b)[:300]); return
        for i,(x,y) in enumerate(zip(a,b)): cmp(x,y,f"{path}[{i}]")
    elif a!=b: print(path, "\n   E:", str(a)[:300], "\n   G:", str(b)[:300])
cmp(e,g,"")
