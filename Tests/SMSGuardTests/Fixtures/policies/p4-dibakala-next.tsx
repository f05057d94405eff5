import Head from "next/head";
import Link from "next/link";
import { Container } from "@/components/layout/Container";
import { SiteFooter } from "@/components/layout/SiteFooter";

const DOMAIN = "dibakala-store.ir";
const SHOP_NAME = "دیباکالا";
const SUPPORT_PHONE = "۰۲۱-۴۲۱۹۰۰۰۰";

export const metadata = {
  title: `حریم خصوصی | ${SHOP_NAME}`,
  description: "سیاست حفظ حریم خصوصی و اطلاع‌رسانی پیامکی دیباکالا",
};

export default function PrivacyPage() {
  return (
    <>
      <Head>
        <title>{`حریم خصوصی | ${SHOP_NAME}`}</title>
        <link rel="canonical" href={`https://${DOMAIN}/privacy`} />
      </Head>
      <Container className="prose prose-lg rtl:text-right">
        <h1>حریم خصوصی دیباکالا</h1>
        <p>
          دیباکالا فروشگاه آنلاین لوازم تحریر و هنری است و حفظ اطلاعات شخصی خریداران را
          وظیفه خود می‌داند.{" "}
          این صفحه توضیح می‌دهد چه داده‌هایی ثبت می‌شود و چگونه با شما ارتباط می‌گیریم.
        </p>
        <h2>ثبت اطلاعات</h2>
        <p>
          هنگام ثبت‌نام، نام، شماره همراه و نشانی شما گرفته می‌شود.{" "}
          این اطلاعات فقط برای ارسال سفارش و صدور فاکتور به کار می‌رود.
        </p>
        <h2>پیامک‌های دیباکالا</h2>
        <p>
          پیامک‌های سفارش، کد ورود و اطلاع‌رسانی جشنواره‌ها فقط از سرشماره{" "}
          <bdi>٣٠٠٠٥٥٦٦٧٧</bdi>{" "}
          ارسال می‌شوند.{" "}
          برای سنجش رضایت شما پس از هر خرید، پیامک نظرسنجی از خط{" "}
          <span dir="ltr">50001234567</span>{" "}
          فرستاده می‌شود.
        </p>
        <p>
          اگر پیامکی با نام {SHOP_NAME} از شماره دیگری دریافت کردید، جعلی است.{" "}
          لطفاً آن را به نشانی{" "}
          <a href={`mailto:abuse@${DOMAIN}`}>{`abuse@${DOMAIN}`}</a>{" "}
          گزارش دهید.
        </p>
        <h2>پشتیبانی</h2>
        <p>
          برای پرسش درباره سفارش با شماره{" "}
          <span dir="ltr">{SUPPORT_PHONE}</span>{" "}
          تماس بگیرید. این شماره فقط برای تماس تلفنی است.
        </p>
        <p className="text-sm text-gray-500">
          آخرین به‌روزرسانی: ٢٠ دی ١٤٠٢ —{" "}
          <Link href="/terms">قوانین و مقررات</Link>
        </p>
      </Container>
      <SiteFooter domain={DOMAIN} />
    </>
  );
}
