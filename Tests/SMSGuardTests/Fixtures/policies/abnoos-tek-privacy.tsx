import React from "react";
import Head from "next/head";
import Layout from "@/components/Layout";
import { Card, Alert, Table } from "@/components/ui";

// Official SMS lines shown on the privacy page. Keep in sync with the SMS panel.
const SMS_LINES: { purpose: string; number: string }[] = [
  { purpose: "کد تأیید ورود و پرداخت", number: "۳۰۰۰۶۶۸۸۴۴" },
  { purpose: "وضعیت سفارش و ارسال", number: "۳۰۰۰۶۶۸۸۴۴" },
  { purpose: "نظرسنجی رضایت مشتری", number: "۵۰۰۰۱۲۱۲۳۴۵۶" },
];

const SUPPORT_PHONE = "021-77665544";
const SHOP_NAME = "آبنوس تک";

export default function PrivacyPage() {
  return (
    <Layout>
      <Head>
        <title>{`حریم خصوصی | ${SHOP_NAME}`}</title>
        <meta name="description" content="سیاست حفظ حریم خصوصی فروشگاه اینترنتی آبنوس تک، فروشنده لپ‌تاپ و لوازم جانبی" />
      </Head>
      <main className="container mx-auto py-10" dir="rtl">
        <h1 className="text-2xl font-bold">حریم خصوصی کاربران آبنوس تک</h1>
        <p className="mt-4">
          آبنوس تک (abnoostek-shop.ir) فقط اطلاعاتی را از شما دریافت می‌کند که برای ثبت و ارسال سفارش لازم است.
          این اطلاعات شامل نام، شماره همراه و نشانی شماست و به هیچ شخص ثالثی فروخته نمی‌شود.
        </p>

        <Card className="mt-8">
          <h2 className="text-xl">پیامک‌های رسمی</h2>
          <p>پیامک‌های {SHOP_NAME} فقط از سرشماره‌های زیر ارسال می‌شود:</p>
          <Table>
            <tbody>
              {SMS_LINES.map((line) => (
                <tr key={line.purpose}>
                  <td>{line.purpose}</td>
                  <td dir="ltr">{line.number}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="text-sm text-gray-600">
            شماره {SUPPORT_PHONE} تلفن پشتیبانی است و فقط برای تماس صوتی استفاده می‌شود؛ از این شماره پیامک دریافت نمی‌کنید.
          </p>
        </Card>

        <Alert variant="warning" className="mt-6">
          {"مراقب پیامک‌های جعلی باشید! برای نمونه، پیامکی از "}
          <span dir="ltr">۰۹۱۹ ۸۸۸ ۷۷۶۶</span>
          {" با لینک «بازگشت وجه» از طرف ما نیست."}
          {" هر پیامک به نام آبنوس تک از شماره‌ای خارج از فهرست بالا را "}
          <a href="mailto:report@abnoostek-shop.ir" className="underline">از اینجا گزارش دهید</a>
          {"."}
        </Alert>

        <section className="mt-8">
          <h2 className="text-xl">کوکی‌ها</h2>
          <p>برای نگه‌داری سبد خرید و ورود، از کوکی‌های ضروری استفاده می‌کنیم.</p>
        </section>

        <footer className="mt-10 text-sm">
          پرسش‌های فروش: <a href="mailto:sales@abnoostek-shop.ir">sales@abnoostek-shop.ir</a>
        </footer>
      </main>
    </Layout>
  );
}
