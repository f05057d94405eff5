import React from "react";
import Head from "next/head";
import { PageShell } from "@/components/layout/PageShell";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

// contact details shown on this page
const SUPPORT_PHONE = "021-88997766";
const SMS_LINES = ["30005588", "3000558899"];
const SURVEY_LINE = "50005588";
const REPORT_EMAIL = "report@mahtabcosmetics.ir";
const GENERAL_EMAIL = "hi@mahtabcosmetics.ir";

export default function PrivacyPage() {
  return (
    <PageShell>
      <Head>
        <title>حریم خصوصی | مهتاب</title>
      </Head>
      <Breadcrumb items={[{ href: "/", label: "خانه" }, { label: "حریم خصوصی" }]} />

      <h1 className="text-2xl font-bold mb-4">سیاست حفظ حریم خصوصی مهتاب</h1>

      <p className="mb-3">
        فروشگاه آرایشی و بهداشتی مهتاب برای ارسال سفارش به نام، شماره همراه و نشانی شما نیاز دارد و این
        اطلاعات را جز به شرکت حمل به کسی نمی‌دهد.
      </p>

      <h2 className="text-xl font-semibold mt-6 mb-2">پیامک‌ها</h2>
      <p className="mb-3">
        مهتاب پیامک‌های خود را تنها از سرشماره‌های{" "}
        <strong dir="ltr">{SMS_LINES.join(" و ")}</strong> ارسال می‌کند.
        همچنین ممکن است پس از دریافت سفارش، یک پرسش کوتاه نظرسنجی از شماره{" "}
        <bdi>{SURVEY_LINE}</bdi> برایتان فرستاده شود.
      </p>
      <p className="mb-3">
        پیامکی که با نام مهتاب از هر شماره دیگری برسد جعلی است. لطفاً آن را به{" "}
        <a className="text-pink-600 underline" href={`mailto:${REPORT_EMAIL}`}>
          {REPORT_EMAIL}
        </a>{" "}
        گزارش دهید تا پیگیری قانونی شود.
      </p>

      <h2 className="text-xl font-semibold mt-6 mb-2">تماس با ما</h2>
      <ul className="list-disc pr-6">
        <li>
          تلفن پشتیبانی: <span dir="ltr">{SUPPORT_PHONE}</span>
        </li>
        <li>ایمیل: {GENERAL_EMAIL}</li>
      </ul>
    </PageShell>
  );
}
