#!/usr/bin/env python3
"""Writes a deterministic NDJSON SMS log: usage make_log.py COUNT. Every message has its own date, so a
message is known by (sender, date) in smsguard's output; one line in 500 is malformed."""
import json
import random
import sys

random.seed(11)
count = int(sys.argv[1])
shops = ["همه چیزکالا", "همه چیز کالا", "مسترشبکه", "فروشگاه الکتروتعاون", "کالاک"]
ordinary = ["قبض برق شما صادر شد.", "سلام، فردا ساعت ۸ جلسه داریم.", "کد ورود شما ۴۸۲۱ است.", "بسته اینترنت شما تمدید شد."]
for index in range(count):
    if index % 500 == 499:
        print('{"address": "0912", "body": ')  # malformed on purpose
        continue
    date = 1_730_000_000_000 + index * 60_000
    if random.random() < 0.4:
        shop = random.choice(shops)
        sender = random.choice(["200053467", "+98200053467", "0912%07d" % random.randrange(10**7), "3000%06d" % random.randrange(10**6)])
        body = f"{shop}: سفارش {random.randrange(10**5)} شما لغو شد. برای استرداد وجه وارد لینک شوید https://bit.ly/x{index}"
    else:
        sender = "0935%07d" % random.randrange(10**7)
        body = random.choice(ordinary)
    print(json.dumps({"address": sender, "body": body, "date": str(date), "type": "1"}, ensure_ascii=False))
