// Generated from the gateway's OpenAPI document by `npm run web:api`. Do not edit.
export interface paths {
    "/api/v1/admin/diagnostics/event-pings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise a diagnostic event in the catalog; the reporting service records how often it applied it */
        post: operations["DiagnosticsController_ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/diagnostics/event-pings/{pingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many times the reporting service applied a diagnostic event (1 = exactly once) */
        get: operations["DiagnosticsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a login: dla_admin any role; province_admin a lao_admin of its province; lao_admin a producer of its LAO */
        post: operations["AdminUsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/revoke-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every sign-in of a user (a lost phone, a moved producer): its access tokens stop working. dla_admin any user; province_admin its province's lao_admins and producers; lao_admin its LAO's producers */
        post: operations["AdminUsersController_revokeTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{userId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's notifications of the last 90 days and each channel's outcome (queued / sent / failed with the provider's answer) */
        get: operations["NotificationsController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with phone or e-mail (wrong password → 401; too many failures → 429). A consumer whose phone is not verified yet signs in too (user.phoneVerified: false): it can look but reserving and purchasing answer 403 PHONE_NOT_VERIFIED until POST /auth/verify-phone (a new code: POST /auth/verify-phone/resend) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere: every access token of the caller stops working (on every gateway within 10 s) */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a consumer: a 6-digit code is sent by SMS to the phone (valid 10 minutes, 5 tries). The answer is the same 202 whether or not the phone already has an account (its owner is then told by SMS that someone tried). Registering again an unverified phone replaces that registration. Throttled per phone (one SMS a minute, a few an hour) and per client address → 429 with Retry-After */
        post: operations["RegistrationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the phone with the code sent by SMS → 200 and an access token, as login. 400 CODE_INCORRECT (tries left in the message), CODE_EXPIRED (after 10 minutes), CODE_LOCKED (after 5 wrong tries): ask for a new code */
        post: operations["RegistrationController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-phone/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new code to a phone whose registration is not verified yet (it replaces the previous code). Always 202, whatever the phone; throttled as registration → 429 with Retry-After */
        post: operations["RegistrationController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Batches for consumers, filtered by status and place and category (public) */
        get: operations["BatchesController_list"];
        put?: never;
        /** Create a harvest batch of a product (its producer or an admin of its LAO) → 201 {id, status: 'draft'} */
        post: operations["BatchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One batch with reservedQuantity, remainingQuantity and its pickup points (public) */
        get: operations["BatchesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** draft/open/closed → cancelled: every reservation cancelled, deposits to refund; illegal → 409 ILLEGAL_TRANSITION */
        post: operations["BatchesController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** open → closed (no more reservations); illegal → 409 ILLEGAL_TRANSITION */
        post: operations["BatchesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** harvested → completed (stock on hand no longer sold); illegal → 409 ILLEGAL_TRANSITION */
        post: operations["BatchesController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/harvest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the real yield after close: allocation first come first served; surplus becomes stock on hand */
        post: operations["BatchesController_harvest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/harvest/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What recording this yield would allocate (who gets all, part, nothing; what falls short; the surplus) — nothing is written */
        post: operations["BatchesController_previewHarvest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: the live-sale snapshot (the shape of GET /batches/{id}/live-snapshot) now, then each time reservations move (at most 4 a second), and a comment every 20 s */
        get: operations["LiveSaleController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/live-snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live-sale counters of a batch now: reserved, remaining, waitlist, last reservations (its producer or an admin of its LAO) */
        get: operations["LiveSaleController_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** draft → open (reservations accepted from now until preorderClosesAt); illegal → 409 ILLEGAL_TRANSITION */
        post: operations["BatchesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Buy from the stock on hand after harvest (until completed) → 201 {id, quantity, orderId}; 403 PHONE_NOT_VERIFIED before the phone is verified */
        post: operations["BatchesController_purchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The farmer's packing view: reservations, totals per pickup point and per day; CSV with ?format=csv or Accept: text/csv */
        get: operations["BatchesController_packing"];
        put?: never;
        /** Reserve → 201 {id, status: 'confirmed'|'waitlisted', quantity, orderId}; 409 SOLD_OUT / NOT_OPEN / LIMIT_EXCEEDED; 403 PHONE_NOT_VERIFIED before the phone is verified */
        post: operations["BatchesController_reserve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Content links by LAO, product and period (from inclusive, to exclusive), newest first */
        get: operations["ContentLinksController_list"];
        put?: never;
        /** Register a published post or clip (the same URL after normalising → 409 DUPLICATE) */
        post: operations["ContentLinksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link (whoever added it, or an administrator of its LAO) */
        delete: operations["ContentLinksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{code}/subdistricts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district's subdistricts with their postcodes, in Thai order: one row per (subdistrict, postcode); unknown district → 404, malformed code → 400 */
        get: operations["GeographyController_subdistricts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/laos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local administrative organisations, filtered and paged (pageSize ≤ 100) */
        get: operations["GeographyController_laos"];
        put?: never;
        /** Add an LAO missing from the DLA list (dla_admin; an existing code → 409) */
        post: operations["LaoAdminController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/laos/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One LAO by its 7-digit DLA code */
        get: operations["GeographyController_lao"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct an LAO (dla_admin); products’ hashtags follow at once */
        patch: operations["LaoAdminController_update"];
        trace?: never;
    };
    "/api/v1/me/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase my account (consumers; confirm with the password — wrong → 401 naming password). Name, phone, e-mail and password are removed at once and every token ends; addresses, slip images and review texts are removed by each service (event identity.consumer_erased). Orders keep their figures; reports are unchanged */
        post: operations["PersonalDataController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/line-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start linking LINE (LINE Login): where to send the browser; the state in it is single-use and expires */
        post: operations["NotificationsController_startLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/line-link/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish linking LINE with LINE's `state` and `code`; a wrong, expired or replayed state is a 400 naming `state` */
        post: operations["NotificationsController_finishLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My channels per kind (defaults: in-app always; LINE if linked, else SMS for money and pickup) */
        get: operations["NotificationsController_preferences"];
        /** Change my language, e-mail, phone for SMS, or channels per kind; a bad e-mail or phone is a 400 naming the field */
        put: operations["NotificationsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first, with the number unread */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read (someone else's answers 404) */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my personal data: account, orders (with addresses and bank-slip metadata), reservations and reviews, as JSON */
        get: operations["PersonalDataController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in consumer's reservations, newest first, with the place in line of waitlisted ones; ?status= filters */
        get: operations["MyReservationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/{id}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stored product photo: the web copy (≤ 1600 px) or the thumbnail (≤ 400 px), WebP without metadata
         * @description Content-addressed and immutable: `Cache-Control: public, max-age=31536000, immutable`. Unknown id → 404.
         */
        get: operations["PhotosController_media"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/membership-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals of the caller’s area (default: pending), newest first; laoCode narrows to one LAO of it */
        get: operations["MembershipController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/membership-proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending proposal: the producer’s kind and member count change from now on (kept in its history)
         * @description An administrator of the producer’s area decides: lao_admin of its LAO, province_admin of its province, dla_admin.
         */
        post: operations["MembershipController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/membership-proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending proposal with a reason (the producer sees it); nothing changes
         * @description An administrator of the producer’s area decides: lao_admin of its LAO, province_admin of its province, dla_admin.
         */
        post: operations["MembershipController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders I may see, paged: a consumer its own; a producer its own plus `toPrepare` per pickup point and date; an admin its LAO / province / all
         * @description `q` finds an order by number or by the consumer's phone; the phone of a login is known only here (identity), so the gateway turns it into the consumer's id.
         */
        get: operations["OrdersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its payments, refunds and status history (money in satang) */
        get: operations["OrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The consumer confirms receipt: picked_up | delivered → completed (raises order.completed) */
        post: operations["OrdersController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Goods handed over: ready_for_pickup → picked_up, shipped → delivered. Completes by itself after N days (autoCompleteAt) */
        post: operations["OrdersController_handover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What to pay now: amountDueSatang and a PromptPay QR (EMVCo payload and SVG) for exactly that amount; promptPay is null when nothing is due */
        get: operations["OrdersController_payment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment received (producer or LAO admin). More than due → 400 AMOUNT_EXCEEDS_DUE; a reference already recorded for this producer → 409 DUPLICATE; a cancelled or expired order → 409 */
        post: operations["OrdersController_recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pickup order ready at the pickup point: paid → ready_for_pickup */
        post: operations["OrdersController_ready"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute after completion: refund part or all of a completed order (producer or LAO admin). The order becomes refunded, a refund record is due, and order.refunded is raised */
        post: operations["OrdersController_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refunds/{refundId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a refund that is due as paid back, with method and reference (producer or LAO admin); paid twice → 409 */
        post: operations["OrdersController_payRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delivery order handed to a carrier: paid → shipped */
        post: operations["OrdersController_ship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the bank slip of a payment (the order's consumer only; someone else's order → 404)
         * @description The body is the image itself (JPEG, PNG or WebP, checked by content; at most 5 MB and 40 megapixels). The slip's verification QR (mini QR) gives the sending bank and the transaction reference. Only an order with money due (awaiting_deposit, awaiting_balance) takes a slip. The same slip again on the same order answers the slip already there. Errors (all with `fields: [{field: "slip"}]` except 409 ILLEGAL_TRANSITION): 400 VALIDATION_FAILED (not an image, too many pixels), 400 SLIP_UNREADABLE (no readable slip QR), 409 DUPLICATE (the slip was submitted for another order), 413 PAYLOAD_TOO_LARGE.
         */
        post: operations["SlipsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/slips/{slipId}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A slip's stored image: for the order's consumer, its producer, the admin of its LAO, and province/DLA admins over it
         * @description Never cached by shared caches (Cache-Control: private, no-store). A consumer asking for someone else's order → 404.
         */
        get: operations["SlipsController_image"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/slips/{slipId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ไม่ตรงยอด: reject a pending slip with a reason the consumer reads (the order's producer or its LAO admin)
         * @description The reason is required, 1–300 characters after trimming (else 400 VALIDATION_FAILED naming `reason`). The slip becomes rejected with its reason and the order leaves review (paymentUnderReview false): the consumer can send a corrected slip. A slip already confirmed or rejected → 409 ILLEGAL_TRANSITION; another producer or LAO → 403; a consumer → 403 on their own order, 404 on anyone else's; an unknown slip → 404.
         */
        post: operations["SlipsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Producers, by LAO (contacts only when the producer consented to publish them) */
        get: operations["ProducersController_list"];
        put?: never;
        /** Onboard a producer (lao_admin: its own LAO; province_admin: its province; dla_admin: any), optionally with a login */
        post: operations["ProducersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One producer */
        get: operations["ProducersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a producer (the producer itself or an administrator of its area)
         * @description kind and memberCount weigh the beneficiaries: only an administrator of its area changes them (kept in GET /producers/:id/membership-history). The producer’s own login sending a different kind or memberCount gets 403 FORBIDDEN naming the field, and nothing is written; it proposes the change instead (POST /producers/:id/membership-proposals).
         */
        patch: operations["ProducersController_update"];
        trace?: never;
    };
    "/api/v1/producers/{id}/account-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the existing login of the onboarded phone the producer's, with the code the farmer received (onboarding answered accountLink: code_sent)
         * @description A wrong, expired or spent code: 400 CODE_INCORRECT / CODE_EXPIRED / CODE_LOCKED (5 tries). The login keeps its password; its older tokens are revoked.
         */
        post: operations["ProducersController_linkAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producers/{id}/membership-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every approved change of a producer’s kind and member count, with who and when, newest first */
        get: operations["MembershipController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producers/{id}/membership-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A producer’s proposals, newest first (the producer itself and administrators of its area); all statuses unless status is given */
        get: operations["MembershipController_listOfProducer"];
        put?: never;
        /**
         * The producer proposes a new kind and/or member count (with a note); a pending proposal it had is superseded
         * @description An administrator of the producer’s area decides: lao_admin of its LAO, province_admin of its province, dla_admin. Nothing counts until approved.
         */
        post: operations["MembershipController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse and search (substring match on Thai text), in Thai order; unknown place code → 404; ?ids=<uuid>,<uuid>… (≤ 100) for given products (unknown ids left out) */
        get: operations["ProductsController_list"];
        put?: never;
        /** Create a product (its producer, or an administrator of the producer’s area); 201 with its hashtags */
        post: operations["ProductsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product with its story, media, contacts, hashtags and rating */
        get: operations["ProductsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product (its producer, or an administrator of the producer’s area) */
        patch: operations["ProductsController_update"];
        trace?: never;
    };
    "/api/v1/products/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a photo to a product (its producer, or an administrator of the producer's area); it is appended to `media`
         * @description The body is the image itself (JPEG, PNG, WebP, or HEIC/AVIF where this server can decode it; checked by content, not by name or Content-Type; at most 10 MB and 50 megapixels), at most 8 photos per product. Stored as an upright WebP of at most 1600 px and a 400 px thumbnail, without EXIF (no GPS) or any other metadata, at `/api/v1/media/{id}/web.webp` and `/thumb.webp` (id = SHA-256 of the web copy). The same photo again is the photo already there. Errors name the field `photo`: 400 VALIDATION_FAILED (not an image, unreadable, too many pixels, already 8 photos), 413 PAYLOAD_TOO_LARGE.
         */
        post: operations["PhotosController_addPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews of a product, newest first */
        get: operations["ProductsController_reviews"];
        put?: never;
        /** Review a product: only the consumer of a completed order containing it, once per order (409 again) */
        post: operations["ProductsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share kit: a Thai caption ready to paste, the hashtags, the pre-order link and its QR code (SVG) */
        get: operations["ProductsController_share"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/share/poster.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The share kit as a printable A4 poster (PNG, 1240 × 1754): programme name, product name, price per unit, the QR of the pre-order link, producer and LAO
         * @description For a market stall. Rendered on the server with the Sarabun font, so Thai text looks the same everywhere. Unknown product → 404.
         */
        get: operations["PhotosController_poster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All 77 provinces, in Thai order */
        get: operations["GeographyController_provinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{code}/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A province's districts (unknown province → 404) */
        get: operations["GeographyController_districts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same figures split by producer kind and product category, and as a monthly series for charts
         * @description A lao_admin sees its LAO, a province_admin its province, a dla_admin everything, a producer its own figures; asking for more → 403.
         */
        get: operations["ReportsController_breakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/content-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published content links (URLs) of the area in the period
         * @description A lao_admin sees its LAO, a province_admin its province, a dla_admin everything, a producer its own figures; asking for more → 403.
         */
        get: operations["ReportsController_contentLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export in the DLA sheet's layout (CSV UTF-8 with BOM, or XLSX with a sheet per level and one of content links)
         * @description A lao_admin sees its LAO, a province_admin its province, a dla_admin everything, a producer its own figures; asking for more → 403.
         */
        get: operations["ReportsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/flagged-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales that look made up, newest first, with the reasons: goods total 0, bought by the producer’s own login or phone, or one consumer completing 3 or more orders at one producer in a day
         * @description They count until an administrator excludes them (POST /reports/flagged-sales/:orderId/exclusion). status: open (default, still counted), excluded, all. Period and area as the summary; a lao_admin sees its LAO, a province_admin its province, a dla_admin all (wider → 403). The threshold is REPORTING_REPEAT_SALES_PER_DAY (default 3).
         */
        get: operations["ReportsController_flaggedSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/flagged-sales/{orderId}/exclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exclude a flagged sale from the figures, with a reason (kept with who and when)
         * @description The sale stops counting (sales, revenue, beneficiaries). In a month already submitted the snapshot stays as it was: the change shows as an adjustment in the next month’s report (adjustsSubmissionIds names the submissions). An administrator of the sale’s area only (another area → 403).
         */
        post: operations["ReportsController_exclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted months of the caller's area and the areas inside it */
        get: operations["ReportsController_listSubmissions"];
        put?: never;
        /** Submit an ended month's figures for the caller's area: a frozen snapshot; later events show as adjustments next month (409 DUPLICATE if already submitted) */
        post: operations["ReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales count, revenue (satang), beneficiaries and content links per LAO, district or province, with targets and progress
         * @description Period: fiscalYear (B.E.), month (YYYY-MM) or from/to (days, Asia/Bangkok); default the current fiscal year. A row for every member of the area, zeros included. For a submitted month the frozen snapshot is returned (with `submission`); a month report also carries `adjustments` when the previous month was submitted and changed since. A lao_admin sees its LAO, a province_admin its province, a dla_admin everything, a producer its own figures; asking for more → 403.
         */
        get: operations["ReportsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reservation with its product and, while waitlisted, its place in line (1 = next): its consumer, or the farmer / LAO admin of its batch; anyone else → 404 */
        get: operations["ReservationsController_get"];
        put?: never;
        post?: never;
        /** Cancel a reservation: its consumer before the batch closes, or the farmer / LAO admin with a reason (body or ?reason=); the quantity returns and the waitlist is offered */
        delete: operations["ReservationsController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set fiscal-year targets for an LAO or a province (province_admin: its province and its LAOs; dla_admin: any) */
        put: operations["ReportsController_setTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A harvest batch with its reserve button (HTML, Thai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the page, rendered with its content and og:/twitter: meta tags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description a Thai "not found" page */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 when the gateway database, NATS and every service (with its database) answer; 503 naming what is down; parkedEvents names services holding events their handlers failed on */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A producer's page with its products (HTML, Thai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the page, rendered with its content and og:/twitter: meta tags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description a Thai "not found" page */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product page a post, LINE share or QR code links to (HTML, Thai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the page, rendered with its content and og:/twitter: meta tags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description a Thai "not found" page */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdjustmentRowV1: {
            /** @description จำนวนผู้ได้รับประโยชน์: distinct producers with a counted order, a community enterprise weighing its members */
            beneficiaries: number;
            code: string;
            /** @description published content links */
            contentLinks: number;
            nameTh: string;
            /** @description รายรับ in satang: goods totals of completed orders less their refunds */
            revenueSatang: number;
            /** @description จำนวนครั้งที่ขายได้ผ่านออนไลน์: completed orders, less fully refunded ones */
            salesCount: number;
        };
        AdjustmentsV1: {
            /** @example 2026-02 */
            month: string;
            rows: components["schemas"]["AdjustmentRowV1"][];
            /** Format: uuid */
            submissionId: string;
            totals: components["schemas"]["FiguresV1"];
        };
        BatchCreatedV1: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft";
        };
        BatchLiveV1: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            batchId: string;
            /** @description reservations holding units */
            confirmedCount: number;
            /** @description the last ten reservations, newest first (no personal data) */
            recent: components["schemas"]["LiveReservationV1"][];
            remainingQuantity: number;
            reservableQuantity: number;
            reservedQuantity: number;
            soldOut: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "harvested" | "completed" | "cancelled";
            waitlistedCount: number;
            waitlistedQuantity: number;
        };
        BatchV1: {
            /** @description the real yield, once harvested */
            actualQuantity: number | null;
            /** @description hours after the harvest is recorded to pay the balance; then an unpaid order expires and its units become stock on hand */
            balanceDeadlineHours: number;
            /** @enum {string} */
            category: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
            closeWhenSoldOut: boolean;
            /** @description null: pickup only */
            delivery: components["schemas"]["DeliveryOptionV1"] | null;
            /** @description deposit due on reservation, percent of the goods total */
            depositPercent: number;
            /** @example 5605 */
            districtCode: string;
            estimatedQuantity: number;
            /** Format: date */
            harvestEnd: string;
            /** Format: date */
            harvestStart: string;
            /** Format: uuid */
            id: string;
            /** @example 4560501 */
            laoCode: string;
            maxQuantityPerConsumer: number;
            minQuantity: number;
            pickupPoints: components["schemas"]["PickupPointV1"][];
            /** Format: date-time */
            preorderClosesAt: string;
            /** Format: date-time */
            preorderOpensAt: string;
            /** Format: uuid */
            producerId: string;
            producerName: string;
            /** Format: uuid */
            productId: string;
            /** @example ลำไยสด */
            productName: string;
            /** @example 56 */
            provinceCode: string;
            /** @description reservableQuantity − reservedQuantity */
            remainingQuantity: number;
            /** @description what may be reserved (≤ estimatedQuantity) */
            reservableQuantity: number;
            reservedQuantity: number;
            soldOut: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "harvested" | "completed" | "cancelled";
            /** @description after harvest: units above what was reserved, for direct purchase until completed */
            stockOnHand: number;
            /** @enum {string} */
            unit: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
            /** @description price per unit in satang */
            unitPriceSatang: number;
            waitlist: boolean;
        };
        BreakdownV1: {
            byCategory: components["schemas"]["CategoryFiguresV1"][];
            byMonth: components["schemas"]["MonthFiguresV1"][];
            byProducerKind: components["schemas"]["ProducerKindFiguresV1"][];
            period: components["schemas"]["PeriodV1"];
        };
        CancelReasonBodyDto: {
            /** @description required when the farmer or an LAO admin cancels */
            reason?: string;
        };
        CategoryFiguresV1: {
            /** @example fruit */
            category: string;
            /** @description satang */
            revenueSatang: number;
            salesCount: number;
        };
        ContactsDto: {
            /** @example https://www.facebook.com/baanrao */
            facebookUrl?: string;
            /** @example @baanrao */
            lineId?: string;
            /** @example 0812345678 */
            phone?: string;
            /** @example https://www.tiktok.com/@baanrao */
            tiktokUrl?: string;
        };
        ContactsV1: {
            /** Format: uri */
            facebookUrl?: string;
            /** @example @lungma */
            lineId?: string;
            /** @example 0812345678 */
            phone?: string;
            /** Format: uri */
            tiktokUrl?: string;
        };
        ContentLinkPageV1: {
            items: components["schemas"]["ContentLinkV1"][];
            /** @description matches across all pages */
            total: number;
        };
        ContentLinkV1: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description the user who added it: only for that user and the administrators of the area
             */
            createdBy?: string;
            /** @example 5605 */
            districtCode: string;
            /** Format: uuid */
            id: string;
            /** @example 4560501 */
            laoCode: string;
            /** @enum {string} */
            platform: "facebook" | "tiktok" | "youtube" | "instagram" | "line" | "other";
            /** Format: uuid */
            producerId: string | null;
            /** Format: uuid */
            productId: string | null;
            /** @example 56 */
            provinceCode: string;
            /** Format: date-time */
            publishedAt: string;
            /**
             * Format: uri
             * @example https://www.facebook.com/baanrao/posts/123
             */
            url: string;
        };
        CreateBatchDto: {
            /**
             * @description hours after the harvest is recorded to pay the balance; an order still unpaid then expires and its units become stock on hand
             * @default 72
             * @example 72
             */
            balanceDeadlineHours: number;
            /** @default false */
            closeWhenSoldOut: boolean;
            delivery?: components["schemas"]["DeliveryOptionDto"];
            /** @example 30 */
            depositPercent: number;
            /** @example 1000 */
            estimatedQuantity: number;
            /** @example 2026-06-15 */
            harvestEnd: string;
            /** @example 2026-06-01 */
            harvestStart: string;
            /** @example 10 */
            maxQuantityPerConsumer: number;
            /** @example 1 */
            minQuantity: number;
            pickupPoints: components["schemas"]["PickupPointDto"][];
            /** @example 2026-05-25T00:00:00+07:00 */
            preorderClosesAt: string;
            /** @example 2026-05-01T00:00:00+07:00 */
            preorderOpensAt: string;
            productId: string;
            /**
             * @description ≤ estimatedQuantity: the farmer keeps a margin
             * @example 800
             */
            reservableQuantity: number;
            /** @description satang; default: the product's price */
            unitPriceSatang?: number;
            waitlist: boolean;
        };
        CreateContentLinkCommand: {
            /** @example 4560501 */
            laoCode: string;
            /** @enum {string} */
            platform: "facebook" | "tiktok" | "youtube" | "instagram" | "line" | "other";
            productId?: string;
            /** @example 2026-06-01T09:00:00+07:00 */
            publishedAt: string;
            /** @example https://www.facebook.com/baanrao/posts/123 */
            url: string;
        };
        CreateLaoCommand: {
            /** @example 4560599 */
            code: string;
            /** @example 5605 */
            districtCode: string;
            lat?: number;
            lon?: number;
            /** @example บ้านใหม่ */
            nameTh: string;
            /** @enum {string} */
            type: "provincial_admin_org" | "city_municipality" | "town_municipality" | "subdistrict_municipality" | "subdistrict_admin_org" | "special_admin_area";
            /**
             * @description Thai type word; derived from type when omitted
             * @example เทศบาลตำบล
             */
            typeTh?: string;
        };
        CreateProductCommand: {
            /** @enum {string} */
            category: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
            /** @description contact channels shown for this product (default: the producer's published ones) */
            contacts?: components["schemas"]["ContactsDto"];
            description?: Record<string, never>;
            media?: components["schemas"]["MediaDto"][];
            /** @example ลำไยอบแห้งสีทอง */
            name: string;
            /** @description integer satang (12050 = ฿120.50) */
            priceSatang: number;
            producerId: string;
            /**
             * @description months of the season, 1–12
             * @example [
             *       6,
             *       7,
             *       8
             *     ]
             */
            seasonMonths?: string[];
            /** @description the storytelling text: the farm, the people, the season */
            story?: Record<string, never>;
            /**
             * @description the producer's own hashtags (without #)
             * @example [
             *       "ลำไยพะเยา"
             *     ]
             */
            tags?: string[];
            /** @enum {string} */
            unit: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
        };
        CreateUserDto: {
            email?: string;
            /**
             * @description required for lao_admin and producer
             * @example 4560501
             */
            laoCode?: string;
            name: string;
            password: string;
            /** @example 0812345678 */
            phone: string;
            /** @description producer: the catalog producer this login acts for */
            producerId?: string;
            /**
             * @description required for province_admin
             * @example 56
             */
            provinceCode?: string;
            /** @enum {string} */
            role: "consumer" | "producer" | "lao_admin" | "province_admin" | "dla_admin";
        };
        DecideMembershipFields: {
            /**
             * @description approve: optional; reject: required (the producer sees it)
             * @example ตรวจทะเบียนแล้ว
             */
            reason?: string;
        };
        DeliveryAddressDto: {
            /** @example 5605 */
            districtCode: string;
            line1: string;
            /** @example 0812345678 */
            phone: string;
            /** @example 56120 */
            postalCode: string;
            /** @example 56 */
            provinceCode: string;
            subdistrict?: string;
        };
        DeliveryAttemptV1: {
            answer: string | null;
            attempts: number;
            /** @enum {string} */
            channel: "line" | "sms" | "email";
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "merged";
            /** Format: date-time */
            updatedAt: string;
        };
        DeliveryFulfilmentV1: {
            /** @description line1, subdistrict, postalCode and phone only for the order's consumer, producer and LAO admin (personalDataWithheld false) */
            address: components["schemas"]["OrderDeliveryAddressV1"];
            /** @enum {string} */
            type: "delivery";
        };
        DeliveryLogEntryV1: {
            /** Format: date-time */
            createdAt: string;
            deliveries: components["schemas"]["DeliveryAttemptV1"][];
            /** @enum {string} */
            kind: "reservation_confirmed" | "deposit_due_soon" | "harvest_balance_due" | "harvest_shortfall" | "harvest_none" | "harvest_recorded" | "order_expired" | "ready_for_pickup" | "shipped" | "refund_paid" | "review_requested" | "slip_submitted" | "waitlisted" | "waitlist_promoted" | "batch_sold_out" | "window_closing" | "daily_summary" | "report_due" | "sales_flagged";
            /** Format: uuid */
            notificationId: string;
            reason: string | null;
            /** @enum {string} */
            status: "shown" | "not_sent";
        };
        DeliveryLogV1: {
            items: components["schemas"]["DeliveryLogEntryV1"][];
            /** Format: uuid */
            userId: string;
        };
        DeliveryOptionDto: {
            /**
             * @description satang
             * @example 5000
             */
            feeSatang: number;
        };
        DeliveryOptionV1: {
            /** @description satang */
            feeSatang: number;
        };
        DisputeRefundBody: {
            /**
             * @description integer satang, at most what the consumer paid and was not yet refunded
             * @example 5000
             */
            amountSatang: number;
            /** @example ผลไม้เสียหายระหว่างขนส่ง */
            reason: string;
        };
        DistrictViewV1: {
            /**
             * @description 4-digit district code
             * @example 5605
             */
            code: string;
            /** @example Dok Khamtai */
            nameEn: string;
            /** @example ดอกคำใต้ */
            nameTh: string;
            /** @example 56120 */
            postalCode: string | null;
        };
        ErasedV1: {
            /** Format: date-time */
            erasedAt: string;
            message: string;
        };
        EraseMeDto: {
            /** @description the account's current password */
            password: string;
        };
        ErrorBodyV1: {
            /** @example VALIDATION_FAILED */
            code: string;
            fields?: components["schemas"]["FieldErrorV1"][];
            /** @example Invalid input: phone */
            message: string;
            /** @description With 503 only: true when sending the same request again is safe — a read, or a route idempotent by key sent with an Idempotency-Key (send the same key). False: the request may have been done; check before repeating it. */
            retrySafe?: boolean;
            /** @example 400 */
            statusCode: number;
        };
        ExcludeSaleFields: {
            /**
             * @description why the sale does not count (kept with who and when)
             * @example ผู้ซื้อคือผู้ผลิตเอง ไม่ใช่การขายจริง
             */
            reason: string;
        };
        FieldErrorV1: {
            /** @example phone */
            field: string;
            message: string;
        };
        FiguresV1: {
            /** @description จำนวนผู้ได้รับประโยชน์: distinct producers with a counted order, a community enterprise weighing its members */
            beneficiaries: number;
            /** @description published content links */
            contentLinks: number;
            /** @description รายรับ in satang: goods totals of completed orders less their refunds */
            revenueSatang: number;
            /** @description จำนวนครั้งที่ขายได้ผ่านออนไลน์: completed orders, less fully refunded ones */
            salesCount: number;
        };
        FinishLineLinkCommand: {
            /** @description the authorization `code` LINE sent back */
            code: string;
            /** @description the `state` LINE sent back (the one in this account's authorize URL) */
            state: string;
        };
        FlaggedSalesPageV1: {
            items: components["schemas"]["FlaggedSaleV1"][];
            page: number;
            pageSize: number;
            total: number;
        };
        FlaggedSaleV1: {
            /** Format: date-time */
            completedAt: string;
            exclusion: components["schemas"]["SaleExclusionV1"] | null;
            /** @description satang */
            goodsTotalSatang: number;
            /** @example 4560501 */
            laoCode: string;
            laoNameTh: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            producerId: string;
            producerName: string | null;
            /** @description zero_total: goods total 0; own_login: bought by the producer’s own login; own_phone: the consumer’s phone is the producer’s; repeat_consumer: the consumer completed this many or more orders at the producer that day */
            reasons: ("zero_total" | "own_login" | "own_phone" | "repeat_consumer")[];
            /** @description completions by the same consumer at the same producer that day */
            sameDayCount: number;
        };
        GatewayHealthV1: {
            /** @description postgres, nats and each service */
            checks: {
                [key: string]: "up" | "down";
            };
            /** @description the parts that did not answer */
            down: string[];
            /** @description services holding events their handlers failed on (only when any) */
            parkedEvents?: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        HarvestAllocationV1: {
            /** @description 0 when the yield ran out before it */
            allocated: number;
            /** Format: uuid */
            orderId: string;
            requested: number;
            /** Format: uuid */
            reservationId: string;
        };
        HarvestBodyDto: {
            /** @example 750 */
            actualQuantity: number;
        };
        HarvestPreviewAllocationV1: {
            allocated: number;
            requested: number;
            /** Format: uuid */
            reservationId: string;
        };
        HarvestPreviewV1: {
            actualQuantity: number;
            allocations: components["schemas"]["HarvestPreviewAllocationV1"][];
            /** Format: uuid */
            batchId: string;
            estimatedQuantity: number;
            /** @description reservations that get all they asked for */
            full: number;
            /** @description reservations that get nothing (their deposit is refunded) */
            none: number;
            /** @description reservations that get part of it */
            partial: number;
            /** @description units held by confirmed reservations */
            reservedQuantity: number;
            /** @description reserved units the harvest cannot give */
            shortQuantity: number;
            /** @description satang: their value at the batch price */
            shortValueSatang: number;
            /** @description units above what was reserved: stock on hand for direct sale */
            surplus: number;
            /** @description waitlisted reservations the harvest cancels */
            waitlistCancelled: number;
        };
        HarvestResultV1: {
            /** @description one per confirmed reservation, first come first served */
            allocations: components["schemas"]["HarvestAllocationV1"][];
            batch: components["schemas"]["BatchV1"];
        };
        LaoPageV1: {
            items: components["schemas"]["LaoV1"][];
            /** @description matches across all pages */
            total: number;
        };
        /** @description a local administrative organisation (อปท.) */
        LaoV1: {
            /**
             * @description 7-digit DLA code
             * @example 4560501
             */
            code: string;
            /** @example เทศบาลเมืองดอกคำใต้ */
            displayNameTh: string;
            /** @example 5605 */
            districtCode: string;
            lat: number | null;
            lon: number | null;
            /** @example ดอกคำใต้ */
            nameTh: string;
            /** @example 56 */
            provinceCode: string;
            /** @enum {string} */
            type: "provincial_admin_org" | "city_municipality" | "town_municipality" | "subdistrict_municipality" | "subdistrict_admin_org" | "special_admin_area";
            /** @example เทศบาลเมือง */
            typeTh: string;
        };
        LineLinkStartV1: {
            authorizeUrl: string;
        };
        LinkedAccountV1: {
            /**
             * Format: uuid
             * @description the login, now the producer's
             */
            userId: string;
        };
        LinkProducerAccountBody: {
            /**
             * @description the 6-digit code the farmer received by SMS
             * @example 123456
             */
            code: string;
            /**
             * @description the phone of the existing login (the one given at onboarding)
             * @example 0812345678
             */
            phone: string;
        };
        LiveReservationV1: {
            /** Format: date-time */
            at: string;
            quantity: number;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "allocated" | "cancelled" | "expired";
        };
        LoginDto: {
            /**
             * @description phone number or e-mail
             * @example 0812345678
             */
            login: string;
            password: string;
        };
        MediaDto: {
            /** @enum {string} */
            type: "photo" | "video";
            /**
             * @description an http(s) URL, or the path of an uploaded photo (/api/v1/media/{id}/web.webp, as POST /products/{id}/photos stored it)
             * @example https://www.tiktok.com/@baanrao/video/123
             */
            url: string;
        };
        MembershipChangeV1: {
            /**
             * Format: date-time
             * @description from when it counts in the report
             */
            changedAt: string;
            /**
             * Format: uuid
             * @description who approved or made the change
             */
            changedBy: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "farmer" | "community_enterprise" | "entrepreneur";
            memberCount: number;
            /** @enum {string|null} */
            previousKind: "farmer" | "community_enterprise" | "entrepreneur" | null;
            previousMemberCount: number | null;
            /** Format: uuid */
            producerId: string;
            /** Format: uuid */
            proposalId: string | null;
            reason: string | null;
            /** @enum {string} */
            source: "registration" | "proposal" | "admin" | "migration";
        };
        MembershipHistoryV1: {
            items: components["schemas"]["MembershipChangeV1"][];
            total: number;
        };
        MembershipProposalPageV1: {
            items: components["schemas"]["MembershipProposalV1"][];
            total: number;
        };
        MembershipProposalV1: {
            /**
             * @description approved when the proposal was made
             * @enum {string}
             */
            currentKind: "farmer" | "community_enterprise" | "entrepreneur";
            /** @description approved when the proposal was made */
            currentMemberCount: number;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description asked for
             * @enum {string}
             */
            kind: "farmer" | "community_enterprise" | "entrepreneur";
            /** @example 4560501 */
            laoCode: string;
            /** @description asked for */
            memberCount: number;
            note: string | null;
            /** Format: uuid */
            producerId: string;
            producerName: string;
            /** Format: date-time */
            proposedAt: string;
            /** Format: uuid */
            proposedBy: string;
            /** @description the administrator's reason (always given on a rejection) */
            reason: string | null;
            /**
             * @description superseded: the producer proposed again before a decision
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected" | "superseded";
        };
        MonthFiguresV1: {
            /** @description จำนวนผู้ได้รับประโยชน์: distinct producers with a counted order, a community enterprise weighing its members */
            beneficiaries: number;
            /** @description published content links */
            contentLinks: number;
            /** @example 2026-03 */
            month: string;
            /** @description รายรับ in satang: goods totals of completed orders less their refunds */
            revenueSatang: number;
            /** @description จำนวนครั้งที่ขายได้ผ่านออนไลน์: completed orders, less fully refunded ones */
            salesCount: number;
        };
        NotificationItemV1: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "reservation_confirmed" | "deposit_due_soon" | "harvest_balance_due" | "harvest_shortfall" | "harvest_none" | "harvest_recorded" | "order_expired" | "ready_for_pickup" | "shipped" | "refund_paid" | "review_requested" | "slip_submitted" | "waitlisted" | "waitlist_promoted" | "batch_sold_out" | "window_closing" | "daily_summary" | "report_due" | "sales_flagged";
            /** @description a path of the web app */
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            title: string;
        };
        NotificationPageV1: {
            items: components["schemas"]["NotificationItemV1"][];
            /** @description unread notifications in all pages */
            unread: number;
        };
        NotificationPreferencesV1: {
            /** @description per kind the channels besides in-app (always on) */
            channels: {
                batch_sold_out: ("line" | "sms" | "email")[];
                daily_summary: ("line" | "sms" | "email")[];
                deposit_due_soon: ("line" | "sms" | "email")[];
                harvest_balance_due: ("line" | "sms" | "email")[];
                harvest_none: ("line" | "sms" | "email")[];
                harvest_recorded: ("line" | "sms" | "email")[];
                harvest_shortfall: ("line" | "sms" | "email")[];
                order_expired: ("line" | "sms" | "email")[];
                ready_for_pickup: ("line" | "sms" | "email")[];
                refund_paid: ("line" | "sms" | "email")[];
                report_due: ("line" | "sms" | "email")[];
                reservation_confirmed: ("line" | "sms" | "email")[];
                review_requested: ("line" | "sms" | "email")[];
                sales_flagged: ("line" | "sms" | "email")[];
                shipped: ("line" | "sms" | "email")[];
                slip_submitted: ("line" | "sms" | "email")[];
                waitlist_promoted: ("line" | "sms" | "email")[];
                waitlisted: ("line" | "sms" | "email")[];
                window_closing: ("line" | "sms" | "email")[];
            };
            email: string | null;
            /** @enum {string} */
            language: "th" | "en";
            lineLinked: boolean;
            phone: string | null;
        };
        OrderDeliveryAddressV1: {
            /** @example 5605 */
            districtCode: string;
            line1?: string;
            /** @example 0812345678 */
            phone?: string;
            /** @example 56120 */
            postalCode?: string;
            /** @example 56 */
            provinceCode: string;
            subdistrict?: string;
        };
        OrderListV1: {
            items: components["schemas"]["OrderSummaryV1"][];
            page: number;
            pageSize: number;
            /** @description producers only: allocated orders not yet handed over, per date and pickup point */
            toPrepare?: components["schemas"]["ToPrepareLineV1"][];
            total: number;
        };
        OrderPaymentV1: {
            /** @description satang */
            amountSatang: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: "promptpay" | "transfer" | "cash";
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string;
            reference: string;
            slipUrl: string | null;
        };
        OrderRefundV1: {
            /** @description satang */
            amountSatang: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            method: "promptpay" | "transfer" | "cash" | null;
            note: string | null;
            /** Format: date-time */
            paidAt: string | null;
            /** @enum {string} */
            reason: "allocation_short" | "allocation_none" | "reservation_cancelled" | "order_expired" | "dispute";
            reference: string | null;
            /** @enum {string} */
            status: "due" | "paid";
        };
        OrderStatusChangeV1: {
            /** Format: date-time */
            at: string;
            /** @description a user id, or 'system' */
            by: string;
            /** @enum {string|null} */
            from: "awaiting_deposit" | "reserved" | "awaiting_balance" | "paid" | "ready_for_pickup" | "shipped" | "picked_up" | "delivered" | "completed" | "expired" | "cancelled" | "refunded" | null;
            /** @enum {string} */
            to: "awaiting_deposit" | "reserved" | "awaiting_balance" | "paid" | "ready_for_pickup" | "shipped" | "picked_up" | "delivered" | "completed" | "expired" | "cancelled" | "refunded";
            /** @example record_payment */
            trigger: string;
        };
        OrderSummaryV1: {
            /**
             * Format: date-time
             * @description when the harvest settled the order (a direct purchase: when it opened)
             */
            allocatedAt: string | null;
            /** @description satang: what the consumer must pay now; 0 when nothing is due */
            amountDueSatang: number;
            /**
             * Format: date-time
             * @description when it completes by itself if the consumer does not confirm
             */
            autoCompleteAt: string | null;
            /**
             * Format: date-time
             * @description after harvest: deadline to pay the balance (harvest time + the batch's balanceDeadlineHours, 72 h by default); past it the order expires and its units become stock on hand. A slip under review holds it until the producer confirms or rejects the slip
             */
            balanceDeadline: string | null;
            /** Format: uuid */
            batchId: string;
            /** @enum {string} */
            category: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            consumerId: string;
            /** @description satang */
            deliveryFeeSatang: number;
            /**
             * Format: date-time
             * @description deadline to pay the deposit (a direct purchase: its whole price)
             */
            depositDeadline: string | null;
            /** @description satang */
            depositDueSatang: number;
            depositPercent: number;
            /** @example 5605 */
            districtCode: string;
            fulfilment: components["schemas"]["PickupFulfilmentV1"] | components["schemas"]["DeliveryFulfilmentV1"];
            /** @description satang: quantity × unit price */
            goodsTotalSatang: number;
            /** Format: date-time */
            handedOverAt: string | null;
            /** Format: uuid */
            id: string;
            /** @example 4560501 */
            laoCode: string;
            /** @description satang */
            paidSatang: number;
            /** @description true while a slip waits for the producer to check it */
            paymentUnderReview: boolean;
            /** @description true when the caller oversees the order (province or DLA staff): the delivery address keeps only districtCode and provinceCode, without line1, postalCode and phone (PDPA) */
            personalDataWithheld: boolean;
            /** Format: uuid */
            producerId: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** @example 56 */
            provinceCode: string;
            /** @description what the consumer will receive (the allocated quantity after harvest) */
            quantity: number;
            /** @description satang: refunds owed or made */
            refundedSatang: number;
            /** @description what the consumer asked for */
            requestedQuantity: number;
            /**
             * Format: uuid
             * @description null for a direct purchase of stock on hand
             */
            reservationId: string | null;
            /** Format: date-time */
            reservedAt: string;
            shipment: components["schemas"]["ShipmentV1"] | null;
            /** @description the consumer's uploaded bank slips, oldest first */
            slips: components["schemas"]["PaymentSlipV1"][];
            /** @enum {string} */
            status: "awaiting_deposit" | "reserved" | "awaiting_balance" | "paid" | "ready_for_pickup" | "shipped" | "picked_up" | "delivered" | "completed" | "expired" | "cancelled" | "refunded";
            /** @description satang: goods total + delivery fee */
            totalSatang: number;
            /** @enum {string} */
            unit: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
            /** @description satang: price per unit */
            unitPriceSatang: number;
        };
        OrderViewV1: {
            /**
             * Format: date-time
             * @description when the harvest settled the order (a direct purchase: when it opened)
             */
            allocatedAt: string | null;
            /** @description satang: what the consumer must pay now; 0 when nothing is due */
            amountDueSatang: number;
            /**
             * Format: date-time
             * @description when it completes by itself if the consumer does not confirm
             */
            autoCompleteAt: string | null;
            /**
             * Format: date-time
             * @description after harvest: deadline to pay the balance (harvest time + the batch's balanceDeadlineHours, 72 h by default); past it the order expires and its units become stock on hand. A slip under review holds it until the producer confirms or rejects the slip
             */
            balanceDeadline: string | null;
            /** Format: uuid */
            batchId: string;
            /** @enum {string} */
            category: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            consumerId: string;
            /** @description satang */
            deliveryFeeSatang: number;
            /**
             * Format: date-time
             * @description deadline to pay the deposit (a direct purchase: its whole price)
             */
            depositDeadline: string | null;
            /** @description satang */
            depositDueSatang: number;
            depositPercent: number;
            /** @example 5605 */
            districtCode: string;
            fulfilment: components["schemas"]["PickupFulfilmentV1"] | components["schemas"]["DeliveryFulfilmentV1"];
            /** @description satang: quantity × unit price */
            goodsTotalSatang: number;
            /** Format: date-time */
            handedOverAt: string | null;
            history: components["schemas"]["OrderStatusChangeV1"][];
            /** Format: uuid */
            id: string;
            /** @example 4560501 */
            laoCode: string;
            /** @description satang */
            paidSatang: number;
            payments: components["schemas"]["OrderPaymentV1"][];
            /** @description true while a slip waits for the producer to check it */
            paymentUnderReview: boolean;
            /** @description true when the caller oversees the order (province or DLA staff): the delivery address keeps only districtCode and provinceCode, without line1, postalCode and phone (PDPA) */
            personalDataWithheld: boolean;
            /** Format: uuid */
            producerId: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** @example 56 */
            provinceCode: string;
            /** @description what the consumer will receive (the allocated quantity after harvest) */
            quantity: number;
            /** @description satang: refunds owed or made */
            refundedSatang: number;
            refunds: components["schemas"]["OrderRefundV1"][];
            /** @description what the consumer asked for */
            requestedQuantity: number;
            /**
             * Format: uuid
             * @description null for a direct purchase of stock on hand
             */
            reservationId: string | null;
            /** Format: date-time */
            reservedAt: string;
            shipment: components["schemas"]["ShipmentV1"] | null;
            /** @description the consumer's uploaded bank slips, oldest first */
            slips: components["schemas"]["PaymentSlipV1"][];
            /** @enum {string} */
            status: "awaiting_deposit" | "reserved" | "awaiting_balance" | "paid" | "ready_for_pickup" | "shipped" | "picked_up" | "delivered" | "completed" | "expired" | "cancelled" | "refunded";
            /** @description satang: goods total + delivery fee */
            totalSatang: number;
            /** @enum {string} */
            unit: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
            /** @description satang: price per unit */
            unitPriceSatang: number;
        };
        PackingCountV1: {
            count: number;
            quantity: number;
        };
        PackingDayTotalV1: {
            /** Format: date */
            day: string;
            /** @description units to pack */
            quantity: number;
            reservations: number;
        };
        PackingPickupPointTotalV1: {
            name: string;
            /** Format: uuid */
            pickupPointId: string | null;
            /** @description units to pack */
            quantity: number;
            reservations: number;
        };
        PackingRowV1: {
            allocated: number | null;
            /** Format: uuid */
            consumerId: string;
            /**
             * Format: date
             * @description Asia/Bangkok date of the reservation
             */
            day: string;
            /** @description line1, postal code and phone */
            deliveryAddress: string | null;
            /** @enum {string} */
            fulfilment: "pickup" | "delivery";
            /** Format: uuid */
            orderId: string | null;
            /** Format: uuid */
            pickupPointId: string | null;
            pickupPointName: string | null;
            quantity: number;
            requested: number;
            /** Format: uuid */
            reservationId: string;
            /** Format: date-time */
            reservedAt: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "allocated" | "cancelled" | "expired";
            /** @description the allocated quantity after harvest, the held quantity before; 0 when nothing is to pack */
            toPack: number;
        };
        PackingTotalsV1: {
            /** @description what to pack per reservation day */
            byDay: components["schemas"]["PackingDayTotalV1"][];
            /** @description what to pack per pickup point (deliveries together, pickupPointId null) */
            byPickupPoint: components["schemas"]["PackingPickupPointTotalV1"][];
            /** @description keyed by reservation status */
            byStatus: {
                [key: string]: components["schemas"]["PackingCountV1"];
            };
        };
        PackingViewV1: {
            /** Format: uuid */
            batchId: string;
            reservations: components["schemas"]["PackingRowV1"][];
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "harvested" | "completed" | "cancelled";
            totals: components["schemas"]["PackingTotalsV1"];
        };
        PaymentInstructionsV1: {
            /** @description satang: what to pay now */
            amountDueSatang: number;
            /** @description present (true) once the payment deadline passed: nothing more can be paid */
            deadlinePassed?: boolean;
            /** Format: uuid */
            orderId: string;
            /** @description null when nothing is due now */
            promptPay: components["schemas"]["PromptPayQrV1"] | null;
            /** @enum {string} */
            status: "awaiting_deposit" | "reserved" | "awaiting_balance" | "paid" | "ready_for_pickup" | "shipped" | "picked_up" | "delivered" | "completed" | "expired" | "cancelled" | "refunded";
        };
        PaymentSlipV1: {
            /** Format: uuid */
            id: string;
            /**
             * @description the bank's transaction reference, read from the slip's verification QR
             * @example 2025112712345678ABCD
             */
            reference: string;
            /** @description why the producer rejected it; null unless rejected */
            rejectReason: string | null;
            /**
             * @description the sending bank's code, read from the slip's verification QR
             * @example 004
             */
            sendingBank: string;
            /**
             * @description pending until the producer checks it
             * @enum {string}
             */
            status: "pending" | "confirmed" | "rejected";
            /** Format: date-time */
            uploadedAt: string;
        };
        PayRefundBody: {
            /** @enum {string} */
            method: "promptpay" | "transfer" | "cash";
            /** @example REF-20251127-01 */
            reference: string;
        };
        PeriodV1: {
            /**
             * @description B.E.
             * @example 2569
             */
            fiscalYear?: number;
            /**
             * Format: date
             * @description first day (Asia/Bangkok)
             */
            from: string;
            /** @enum {string} */
            kind: "fiscalYear" | "month" | "range";
            /** @example ปีงบประมาณ พ.ศ. 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569) */
            labelTh: string;
            /** @example 2026-03 */
            month?: string;
            /**
             * Format: date
             * @description last day, inclusive
             */
            to: string;
        };
        PersonalDataAccountV1: {
            /** Format: date-time */
            createdAt: string;
            /** Format: email */
            email?: string;
            /** Format: uuid */
            id: string;
            /** @description lao_admin and producer logins */
            laoCode?: string;
            name: string;
            /** @example 0812345678 */
            phone?: string;
            /** @description with phone: false until the consumer verifies it with the code sent by SMS (until then it cannot reserve or purchase) */
            phoneVerified?: boolean;
            /**
             * Format: uuid
             * @description producer logins
             */
            producerId?: string;
            /** @description province_admin, lao_admin and producer logins */
            provinceCode?: string;
            roles: ("consumer" | "producer" | "lao_admin" | "province_admin" | "dla_admin")[];
        };
        /** @description Everything the system holds about the signed-in consumer (PDPA right of access), as one JSON document */
        PersonalDataV1: {
            account: components["schemas"]["PersonalDataAccountV1"];
            /** Format: date-time */
            exportedAt: string;
            /** @description with their delivery addresses and the metadata of uploaded bank slips (slips) */
            orders: components["schemas"]["OrderSummaryV1"][];
            /** @description reservations and waitlist places (GET /me/reservations items) */
            reservations: components["schemas"]["ReservationDetailV1"][];
            reviews: components["schemas"]["ReviewV1"][];
        };
        PickupFulfilmentV1: {
            /** Format: uuid */
            pickupPointId: string;
            pickupPointName: string;
            /** @enum {string} */
            type: "pickup";
        };
        PickupPointDto: {
            /** @example หมู่ 3 ต.บ้านถ้ำ อ.ดอกคำใต้ */
            address: string;
            /** @example ศาลาหมู่บ้าน */
            name: string;
            windows?: components["schemas"]["PickupWindowDto"][];
        };
        PickupPointV1: {
            address: string;
            /** Format: uuid */
            id: string;
            /** @example ศาลาหมู่บ้าน */
            name: string;
            windows: components["schemas"]["PickupWindowV1"][];
        };
        PickupWindowDto: {
            /** @example 2026-06-01T12:00:00+07:00 */
            end: string;
            /** @example 2026-06-01T08:00:00+07:00 */
            start: string;
        };
        PickupWindowV1: {
            /** Format: date-time */
            end: string;
            /** Format: date-time */
            start: string;
        };
        PingCreatedV1: {
            /**
             * Format: uuid
             * @description the id of the event raised
             */
            pingId: string;
        };
        PingDto: {
            /** @example on-call check */
            note: string;
        };
        PingV1: {
            /** @description times the reporting service applied the event: 0 not (yet) delivered, 1 exactly once */
            appliedCount: number;
            /** Format: uuid */
            pingId: string;
        };
        ProducerAccountDto: {
            password: string;
            /**
             * @description the producer's login phone
             * @example 0812345678
             */
            phone: string;
        };
        ProducerKindFiguresV1: {
            beneficiaries: number;
            /** @example farmer */
            producerKind: string;
            /** @description satang */
            revenueSatang: number;
            salesCount: number;
        };
        ProducerPageV1: {
            items: components["schemas"]["ProducerV1"][];
            /** @description matches across all pages */
            total: number;
        };
        ProducerV1: {
            /** @description contact channels; each only when given (and, for the public, only when the producer consented to publish them) */
            contacts: components["schemas"]["ContactsV1"];
            /** Format: date-time */
            createdAt: string;
            /** @example 5605 */
            districtCode: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "farmer" | "community_enterprise" | "entrepreneur";
            /** @example 4560501 */
            laoCode: string;
            /** @description members (a community enterprise counts its members as beneficiaries) */
            memberCount: number;
            /** @example ลุงมา ใจดี */
            name: string;
            /** @description only for those who manage the producer */
            promptPayId?: string;
            /** @example 56 */
            provinceCode: string;
            publishContacts: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        ProductMediaV1: {
            /** @enum {string} */
            type: "photo" | "video";
            /**
             * Format: uri-reference
             * @description an http(s) URL, or the site path of an uploaded photo: /api/v1/media/{id}/web.webp (its thumbnail: …/thumb.webp)
             */
            url: string;
        };
        ProductPageV1: {
            items: components["schemas"]["ProductV1"][];
            /** @description matches across all pages */
            total: number;
        };
        ProductPlaceV1: {
            /** @example 5605 */
            districtCode: string;
            /** @example ดอกคำใต้ */
            districtNameTh: string;
            /** @example 4560501 */
            laoCode: string;
            /** @example เทศบาลเมืองดอกคำใต้ */
            laoDisplayNameTh: string;
            /** @example 56 */
            provinceCode: string;
            /** @example พะเยา */
            provinceNameTh: string;
        };
        ProductV1: {
            /** @enum {string} */
            category: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
            /** @description the product's own contacts, else the producer's published ones, else {} */
            contacts: components["schemas"]["ContactsV1"];
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            hashtagList: string[];
            /**
             * @description the ready-to-paste line
             * @example #ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้
             */
            hashtags: string;
            /** Format: uuid */
            id: string;
            media: components["schemas"]["ProductMediaV1"][];
            /** @example ลำไยอบแห้งสีทอง */
            name: string;
            place: components["schemas"]["ProductPlaceV1"];
            /**
             * @description price per unit in satang
             * @example 12050
             */
            priceSatang: number;
            /** Format: uuid */
            producerId: string;
            /** @enum {string} */
            producerKind: "farmer" | "community_enterprise" | "entrepreneur";
            producerName: string;
            /** @description one decimal; null before the first review */
            ratingAverage: number | null;
            ratingCount: number;
            /**
             * @example [
             *       7,
             *       8
             *     ]
             */
            seasonMonths: number[];
            story: string | null;
            /** @description the producer's own hashtags */
            tags: string[];
            /** @enum {string} */
            unit: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
            /** Format: date-time */
            updatedAt: string;
        };
        ProgressV1: {
            /** @description percent of the target, one decimal; null when the target is 0 */
            beneficiaries: number | null;
            /** @description percent of the target, one decimal; null when the target is 0 */
            revenueSatang: number | null;
            /** @description percent of the target, one decimal; null when the target is 0 */
            salesCount: number | null;
        };
        PromptPayQrV1: {
            /** @description EMVCo QR payload for exactly amountDueSatang */
            payload: string;
            /** @example 0812345678 */
            promptPayId: string;
            /** @description the QR code, an SVG document */
            qrSvg: string;
        };
        ProposeMembershipFields: {
            /**
             * @description the kind asked for (default: unchanged)
             * @enum {string}
             */
            kind?: "farmer" | "community_enterprise" | "entrepreneur";
            /**
             * @description registered members asked for (community enterprise ≥ 1; anyone else 1)
             * @example 25
             */
            memberCount?: number;
            /**
             * @description for the administrator: why, which register
             * @example สมาชิกเพิ่มตามทะเบียนวิสาหกิจชุมชนปี 2569
             */
            note?: string;
        };
        ProvinceV1: {
            /**
             * @description 2-digit province code
             * @example 56
             */
            code: string;
            /** @example Phayao */
            nameEn: string;
            /** @example พะเยา */
            nameTh: string;
        };
        PurchaseBodyDto: {
            fulfilment: components["schemas"]["ReservationFulfilmentDto"];
            /** @example 2 */
            quantity: number;
        };
        PurchaseV1: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            quantity: number;
        };
        RecordPaymentBody: {
            /**
             * @description integer satang (1 baht = 100 satang)
             * @example 10845
             */
            amountSatang: number;
            /** @enum {string} */
            method: "promptpay" | "transfer" | "cash";
            /**
             * @description bank or slip reference; unique per producer
             * @example 2025112712345678
             */
            reference: string;
            /** @example https://example.com/slips/1.jpg */
            slipUrl?: string;
        };
        RegisterDto: {
            /** @example somjai@example.com */
            email?: string;
            /** @example สมใจ ใจดี */
            name: string;
            password: string;
            /** @example 0812345678 */
            phone: string;
        };
        RegisteredProducerV1: {
            /**
             * @description the phone of `account` already has a verified login (the farmer shops here): a code was sent to it, and POST /producers/{id}/account-link with that code makes it the producer's login (its own password stays)
             * @enum {string}
             */
            accountLink?: "code_sent";
            /** @description contact channels; each only when given (and, for the public, only when the producer consented to publish them) */
            contacts: components["schemas"]["ContactsV1"];
            /** Format: date-time */
            createdAt: string;
            /** @example 5605 */
            districtCode: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "farmer" | "community_enterprise" | "entrepreneur";
            /** @example 4560501 */
            laoCode: string;
            /** @description members (a community enterprise counts its members as beneficiaries) */
            memberCount: number;
            /** @example ลุงมา ใจดี */
            name: string;
            /** @description only for those who manage the producer */
            promptPayId?: string;
            /** @example 56 */
            provinceCode: string;
            publishContacts: boolean;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uuid
             * @description its login, when one was asked for (account) and made
             */
            userId?: string;
        };
        RegisterProducerBody: {
            /** @description gives the producer a login (role producer) bound to it and its LAO */
            account?: components["schemas"]["ProducerAccountDto"];
            contacts: components["schemas"]["ContactsDto"];
            /** @enum {string} */
            kind: "farmer" | "community_enterprise" | "entrepreneur";
            /** @example 4560501 */
            laoCode: string;
            /** @description community enterprise: registered members (≥ 1, default 1); others: 1 */
            memberCount?: number;
            /** @example ลุงมา สวนลำไย */
            name: string;
            /**
             * @description Thai mobile number or 13-digit national/tax ID
             * @example 0812345678
             */
            promptPayId: string;
            /** @description the producer consents to publish its contact channels */
            publishContacts: boolean;
        };
        RejectSlipBody: {
            /** @example ยอดในสลิป 300 บาท แต่ยอดมัดจำคือ 361.50 บาท */
            reason: string;
        };
        ReportContentLinkV1: {
            /** Format: uuid */
            contentLinkId: string;
            districtCode: string;
            laoCode: string;
            laoNameTh: string;
            /** @example facebook */
            platform: string;
            provinceCode: string;
            /** Format: date-time */
            publishedAt: string;
            /** Format: uri */
            url: string;
        };
        ResendCodeDto: {
            /** @example 0812345678 */
            phone: string;
        };
        /** @description ReservationDetailV1: a reservation as its consumer sees it */
        ReservationDetailV1: {
            /** Format: uuid */
            batchId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description null while waitlisted
             */
            orderId: string | null;
            /** Format: uuid */
            productId: string;
            /** @example ลิ้นจี่ดอกคำใต้ */
            productName: string;
            quantity: number;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "allocated" | "cancelled" | "expired";
            /** @enum {string} */
            unit: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
            /** @description while waitlisted: place in line, 1 = next, in the order the waitlist is served (arrival); null otherwise */
            waitlistPosition: number | null;
        };
        ReservationFulfilmentDto: {
            /** @description with type delivery */
            address?: components["schemas"]["DeliveryAddressDto"];
            /** @description with type pickup: a pickup point of this batch */
            pickupPointId?: string;
            /** @enum {string} */
            type: "pickup" | "delivery";
        };
        ReservationPageV1: {
            items: components["schemas"]["ReservationDetailV1"][];
            page: number;
            pageSize: number;
            /** @description matches across all pages */
            total: number;
        };
        ReservationV1: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description null while waitlisted
             */
            orderId: string | null;
            quantity: number;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "allocated" | "cancelled" | "expired";
        };
        ReserveBodyDto: {
            /**
             * @description if fewer units remain than asked, confirm what remains
             * @default true
             */
            allowPartial: boolean;
            fulfilment: components["schemas"]["ReservationFulfilmentDto"];
            /**
             * @description whole units of the batch
             * @example 2
             */
            quantity: number;
        };
        ReviewFields: {
            /** @description the completed order this review is about */
            orderId: string;
            rating: number;
            /** @example หวานมาก ส่งไว */
            text: string;
        };
        ReviewPageV1: {
            items: components["schemas"]["ReviewV1"][];
            total: number;
        };
        ReviewV1: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            productId: string;
            rating: number;
            text: string;
        };
        SaleExclusionV1: {
            /** @description submissions of that month it changes: their snapshot stays; the change shows as an adjustment in the next month’s report */
            adjustsSubmissionIds: string[];
            /** Format: date-time */
            excludedAt: string;
            /** Format: uuid */
            excludedBy: string;
            /**
             * @description the sale's month
             * @example 2026-03
             */
            month: string;
            /** Format: uuid */
            orderId: string;
            reason: string;
        };
        SetTargetCommand: {
            /** @example 40 */
            beneficiaries: number;
            /** @example 2569 */
            fiscalYear: number;
            /**
             * @description the LAO — or provinceCode, exactly one of the two
             * @example 4560501
             */
            laoCode?: string;
            /** @example 56 */
            provinceCode?: string;
            /**
             * @description satang
             * @example 15000000
             */
            revenueSatang: number;
            /** @example 120 */
            salesCount: number;
        };
        ShareKitV1: {
            /** @description Thai caption ready to paste, with price, contacts, link and hashtags */
            caption: string;
            /** @example #ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้ */
            hashtags: string;
            /** @description QR code of url, an SVG document */
            qrSvg: string;
            /**
             * Format: uri
             * @description the product page (pre-order link)
             */
            url: string;
        };
        ShipmentV1: {
            carrier: string;
            trackingNumber: string;
        };
        ShipOrderBody: {
            /** @example Thailand Post */
            carrier: string;
            /** @example EF123456789TH */
            trackingNumber: string;
        };
        SignIn: {
            /** @description send as Authorization: Bearer <accessToken> */
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            user: components["schemas"]["UserView"];
        };
        SubdistrictViewV1: {
            /**
             * @description 6-digit DOPA subdistrict code, as the source (thai-address-database) gives it
             * @example 560501
             */
            code: string;
            /**
             * @description null: the source has no English names
             * @example null
             */
            nameEn: string | null;
            /** @example ดอกคำใต้ */
            nameTh: string;
            /**
             * @description 5-digit postcode
             * @example 56120
             */
            postalCode: string;
        };
        SubmissionV1: {
            /** @description '' for the nation */
            areaCode: string;
            /** @enum {string} */
            areaLevel: "nation" | "province" | "lao";
            /** Format: uuid */
            id: string;
            /** @example 2026-03 */
            month: string;
            /** Format: date-time */
            submittedAt: string;
            /** Format: uuid */
            submittedBy: string;
            totals: components["schemas"]["FiguresV1"];
        };
        SubmitMonthCommand: {
            /**
             * @description a month that has ended (Bangkok time)
             * @example 2026-03
             */
            month: string;
        };
        SummaryRowV1: {
            /** @description จำนวนผู้ได้รับประโยชน์: distinct producers with a counted order, a community enterprise weighing its members */
            beneficiaries: number;
            /** @example 5600501 */
            code: string;
            /** @description published content links */
            contentLinks: number;
            districtCode?: string;
            districtNameTh?: string;
            /** @example เทศบาลเมืองดอกคำใต้ */
            nameTh: string;
            progress?: components["schemas"]["ProgressV1"];
            provinceCode?: string;
            provinceNameTh?: string;
            /** @description รายรับ in satang: goods totals of completed orders less their refunds */
            revenueSatang: number;
            /** @description จำนวนครั้งที่ขายได้ผ่านออนไลน์: completed orders, less fully refunded ones */
            salesCount: number;
            /** @description fiscal-year target (when the period lies within one fiscal year and a target is set) */
            target?: components["schemas"]["TargetV1"];
            /** @description LAO rows: ประเภท อปท. */
            typeTh?: string;
        };
        SummarySubmissionV1: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            submittedAt: string;
            submittedBy: string;
        };
        SummaryTotalsV1: {
            /** @description จำนวนผู้ได้รับประโยชน์: distinct producers with a counted order, a community enterprise weighing its members */
            beneficiaries: number;
            /** @description published content links */
            contentLinks: number;
            progress?: components["schemas"]["ProgressV1"];
            /** @description รายรับ in satang: goods totals of completed orders less their refunds */
            revenueSatang: number;
            /** @description จำนวนครั้งที่ขายได้ผ่านออนไลน์: completed orders, less fully refunded ones */
            salesCount: number;
            /** @description fiscal-year target (when the period lies within one fiscal year and a target is set) */
            target?: components["schemas"]["TargetV1"];
        };
        SummaryV1: {
            /** @description month reports: what changed in the previous (submitted) month after its submission */
            adjustments?: components["schemas"]["AdjustmentsV1"];
            /** @description flagged sales of the area in the period still counted (not excluded): GET /reports/flagged-sales; always the live count, also for a submitted month */
            flaggedSales: number;
            /** @enum {string} */
            groupBy: "lao" | "district" | "province";
            period: components["schemas"]["PeriodV1"];
            /** @description every LAO, district or province of the area, zeros included */
            rows: components["schemas"]["SummaryRowV1"][];
            /** @description present when this month was submitted for the area: rows and totals are the frozen snapshot */
            submission?: components["schemas"]["SummarySubmissionV1"];
            totals: components["schemas"]["SummaryTotalsV1"];
        };
        TargetSetV1: {
            beneficiaries: number;
            code: string;
            /** @example 2569 */
            fiscalYear: number;
            /** @enum {string} */
            level: "lao" | "province";
            /** @description satang */
            revenueSatang: number;
            salesCount: number;
        };
        TargetV1: {
            beneficiaries: number;
            /** @description satang */
            revenueSatang: number;
            salesCount: number;
        };
        ToPrepareLineV1: {
            /**
             * Format: date
             * @description Asia/Bangkok date the harvest was allocated
             */
            date: string;
            /** @enum {string} */
            fulfilment: "pickup" | "delivery";
            orders: number;
            /** Format: uuid */
            pickupPointId: string | null;
            pickupPointName: string | null;
            /** Format: uuid */
            productId: string;
            productName: string;
            quantity: number;
            /** @enum {string} */
            unit: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
        };
        UpdateLaoFields: {
            /** @example 5605 */
            districtCode?: string;
            lat?: number;
            lon?: number;
            /** @example ดอกคำใต้ */
            nameTh?: string;
            /** @enum {string} */
            type?: "provincial_admin_org" | "city_municipality" | "town_municipality" | "subdistrict_municipality" | "subdistrict_admin_org" | "special_admin_area";
            /**
             * @description Thai type word; derived from type when omitted
             * @example เทศบาลเมือง
             */
            typeTh?: string;
        };
        UpdatePreferencesBody: {
            /** @description per kind the channels besides in-app (line, sms, email); [] for in-app only */
            channels?: {
                [key: string]: ("line" | "sms" | "email")[];
            };
            /** @description where e-mails go; null removes it */
            email?: string | null;
            /** @enum {string} */
            language?: "th" | "en";
            /**
             * @description Thai mobile number for SMS (0 and 9 digits); null removes it
             * @example 0812345678
             */
            phone?: string | null;
        };
        UpdateProducerFields: {
            contacts?: components["schemas"]["ContactsDto"];
            /** @enum {string} */
            kind?: "farmer" | "community_enterprise" | "entrepreneur";
            /** @example 4560501 */
            laoCode?: string;
            /** @description community enterprise: registered members (≥ 1); others: 1 */
            memberCount?: number;
            /** @example ลุงมา สวนลำไย */
            name?: string;
            /** @example 0812345678 */
            promptPayId?: string;
            /** @description the producer consents to publish its contact channels */
            publishContacts?: boolean;
        };
        UpdateProductFields: {
            /** @enum {string} */
            category?: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
            /** @description contact channels shown for this product (default: the producer's published ones) */
            contacts?: components["schemas"]["ContactsDto"];
            description?: Record<string, never>;
            media?: components["schemas"]["MediaDto"][];
            /** @example ลำไยอบแห้งสีทอง */
            name?: string;
            /** @description integer satang (12050 = ฿120.50) */
            priceSatang?: number;
            /**
             * @description months of the season, 1–12
             * @example [
             *       6,
             *       7,
             *       8
             *     ]
             */
            seasonMonths?: string[];
            /** @description the storytelling text: the farm, the people, the season */
            story?: Record<string, never>;
            /**
             * @description the producer's own hashtags (without #)
             * @example [
             *       "ลำไยพะเยา"
             *     ]
             */
            tags?: string[];
            /** @enum {string} */
            unit?: "kg" | "box" | "piece" | "bunch" | "bag" | "other";
        };
        UserView: {
            /** Format: email */
            email?: string;
            /** Format: uuid */
            id: string;
            /** @description lao_admin and producer logins */
            laoCode?: string;
            name: string;
            /** @example 0812345678 */
            phone?: string;
            /** @description with phone: false until the consumer verifies it with the code sent by SMS (until then it cannot reserve or purchase) */
            phoneVerified?: boolean;
            /**
             * Format: uuid
             * @description producer logins
             */
            producerId?: string;
            /** @description province_admin, lao_admin and producer logins */
            provinceCode?: string;
            roles: ("consumer" | "producer" | "lao_admin" | "province_admin" | "dla_admin")[];
        };
        VerificationSentV1: {
            /**
             * @description a code was sent by SMS to the phone
             * @enum {string}
             */
            verification: "sms";
        };
        VerifyPhoneDto: {
            /**
             * @description the 6-digit code sent by SMS
             * @example 123456
             */
            code: string;
            /** @example 0812345678 */
            phone: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    DiagnosticsController_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingCreatedV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    DiagnosticsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    AdminUsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    AdminUsersController_revokeTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the user is signed out everywhere */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    NotificationsController_deliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryLogV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    RegistrationController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description a code is on its way (or the owner of the phone was told) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationSentV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    RegistrationController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyPhoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    RegistrationController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResendCodeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationSentV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_list: {
        parameters: {
            query?: {
                category?: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
                districtCode?: string;
                laoCode?: string;
                /** @description one producer's batches (its drafts only for who may see them) */
                producerId?: string;
                /** @description one product's batches */
                productId?: string;
                provinceCode?: string;
                status?: "draft" | "open" | "closed" | "harvested" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchV1"][];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBatchDto"];
            };
        };
        responses: {
            /** @description The new batch, a draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchCreatedV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelReasonBodyDto"];
            };
        };
        responses: {
            /** @description The batch, now cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch, now closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch, now completed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_harvest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HarvestBodyDto"];
            };
        };
        responses: {
            /** @description The harvested batch and what each reservation was allocated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HarvestResultV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_previewHarvest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HarvestBodyDto"];
            };
        };
        responses: {
            /** @description The allocation the harvest would make */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HarvestPreviewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    LiveSaleController_stream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an event stream; each `data:` line is a live-sale snapshot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    LiveSaleController_snapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchLiveV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch, now open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_purchase: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseBodyDto"];
            };
        };
        responses: {
            /** @description The purchase and its order (a retry with the same key: the same one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_packing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The packing view as JSON, or its reservations as CSV (?format=csv or Accept: text/csv) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackingViewV1"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    BatchesController_reserve: {
        parameters: {
            query?: never;
            header: {
                /** @description the same key returns the same reservation, never a second one */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReserveBodyDto"];
            };
        };
        responses: {
            /** @description The reservation (a retry with the same key: the same one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ContentLinksController_list: {
        parameters: {
            query?: {
                /** @description published at or after (ISO 8601) */
                from?: string;
                laoCode?: string;
                page?: number;
                pageSize?: number;
                productId?: string;
                /** @description published before (ISO 8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentLinkPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ContentLinksController_create: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description any unique string (e.g. a UUID) chosen per content link: a retry with the same key answers the same content link instead of creating a second one */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContentLinkCommand"];
            };
        };
        responses: {
            /** @description The content link (a retry with the same key: the same one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentLinkV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ContentLinksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    GeographyController_subdistricts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one row per (subdistrict, postcode): a subdistrict with two postcodes appears twice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubdistrictViewV1"][];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    GeographyController_laos: {
        parameters: {
            query?: {
                districtCode?: string;
                page?: number;
                pageSize?: number;
                provinceCode?: string;
                /** @description part of the Thai name */
                q?: string;
                type?: "provincial_admin_org" | "city_municipality" | "town_municipality" | "subdistrict_municipality" | "subdistrict_admin_org" | "special_admin_area";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaoPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    LaoAdminController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLaoCommand"];
            };
        };
        responses: {
            /** @description The new LAO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaoV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    GeographyController_lao: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaoV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    LaoAdminController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLaoFields"];
            };
        };
        responses: {
            /** @description The corrected LAO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaoV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    PersonalDataController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasedV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    NotificationsController_startLine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineLinkStartV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    NotificationsController_finishLine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinishLineLinkCommand"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    NotificationsController_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    NotificationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePreferencesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationItemV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    PersonalDataController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    MyReservationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "confirmed" | "waitlisted" | "allocated" | "cancelled" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    PhotosController_media: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: "web.webp" | "thumb.webp";
                /** @description SHA-256 of the web copy */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    MembershipController_list: {
        parameters: {
            query?: {
                /** @description an LAO within the caller’s area (default: all of it) */
                laoCode?: string;
                page?: number;
                pageSize?: number;
                status?: "pending" | "approved" | "rejected" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipProposalPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    MembershipController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideMembershipFields"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipProposalV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description no such proposal in the caller’s area */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description already decided or superseded (CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    MembershipController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideMembershipFields"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipProposalV1"];
                };
            };
            /** @description reason missing or blank (VALIDATION_FAILED, field reason) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_list: {
        parameters: {
            query?: {
                batchId?: string;
                page?: number;
                pageSize?: number;
                /** @description true: only orders with a slip waiting for the producer to check it; false: only those without */
                paymentUnderReview?: boolean;
                /** @description Find an order by its number (the first 8 or more hex characters of its id, as consumers see it, or the whole id) or by the consumer's phone (the login's phone, or the phone of a delivery address). Still within what the caller may see. */
                q?: string;
                status?: "awaiting_deposit" | "reserved" | "awaiting_balance" | "paid" | "ready_for_pickup" | "shipped" | "picked_up" | "delivered" | "completed" | "expired" | "cancelled" | "refunded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderListV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_handover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_payment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentInstructionsV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_recordPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentBody"];
            };
        };
        responses: {
            /** @description The order with the payment recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_refund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeRefundBody"];
            };
        };
        responses: {
            /** @description The order, now refunded, with the refund due */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_payRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                refundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayRefundBody"];
            };
        };
        responses: {
            /** @description The order with the refund paid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    OrdersController_ship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipOrderBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    SlipsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description the slip image bytes */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description The order with its slips; paymentUnderReview is true */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Body over 5 MB (PAYLOAD_TOO_LARGE, field slip) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    SlipsController_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the image (upright, at most 1600 px, no metadata) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/webp": string;
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    SlipsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectSlipBody"];
            };
        };
        responses: {
            /** @description The order with the slip rejected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderViewV1"];
                };
            };
            /** @description reason missing, blank or too long (VALIDATION_FAILED, field reason) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description the slip was already decided (ILLEGAL_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProducersController_list: {
        parameters: {
            query?: {
                laoCode?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProducerPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProducersController_register: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description any unique string (e.g. a UUID) chosen per onboarding: a retry with the same key answers the same producer (and login) instead of a second one */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterProducerBody"];
            };
        };
        responses: {
            /** @description The producer, with userId when a login was made (a retry with the same key: the same one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredProducerV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProducersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProducerV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProducersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProducerFields"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProducerV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description not allowed to manage this producer, or a producer changing its own kind/memberCount (FORBIDDEN, fields kind/memberCount) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProducersController_linkAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkProducerAccountBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedAccountV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    MembershipController_history: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipHistoryV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    MembershipController_listOfProducer: {
        parameters: {
            query?: {
                /** @description an LAO within the caller’s area (default: all of it) */
                laoCode?: string;
                page?: number;
                pageSize?: number;
                status?: "pending" | "approved" | "rejected" | "superseded";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipProposalPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    MembershipController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeMembershipFields"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipProposalV1"];
                };
            };
            /** @description kind/memberCount invalid, neither given, or what is approved already (VALIDATION_FAILED naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description not this producer’s login */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProductsController_list: {
        parameters: {
            query?: {
                category?: "fruit" | "vegetable" | "rice_grain" | "processed_food" | "handicraft" | "other";
                districtCode?: string;
                /** @description these products only, up to 100 ids comma-separated; combined with the other filters and paging (without pageSize one page holds them all); unknown ids are left out */
                ids?: string;
                laoCode?: string;
                page?: number;
                pageSize?: number;
                producerId?: string;
                provinceCode?: string;
                /** @description part of the Thai name, story or description */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProductsController_create: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description any unique string (e.g. a UUID) chosen per product: a retry with the same key answers the same product instead of creating a second one */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductCommand"];
            };
        };
        responses: {
            /** @description The product with its hashtags (a retry with the same key: the same one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProductsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProductsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductFields"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    PhotosController_addPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description the photo bytes */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "image/avif": string;
                "image/heic": string;
                "image/heif": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description The product, its media ending with the new photo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Body over 10 MB (PAYLOAD_TOO_LARGE, field photo) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProductsController_reviews: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProductsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewFields"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ProductsController_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareKitV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    PhotosController_poster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the poster */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    GeographyController_provinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceV1"][];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    GeographyController_districts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictViewV1"][];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_breakdown: {
        parameters: {
            query?: {
                districtCode?: string;
                /** @description Thai fiscal year (B.E.): 2569 = 1 Oct 2025 – 30 Sep 2026. Default: the current one. */
                fiscalYear?: number;
                /** @description first day (Bangkok), with to */
                from?: string;
                laoCode?: string;
                /** @description a calendar month (C.E.), instead of fiscalYear */
                month?: string;
                provinceCode?: string;
                /** @description last day, inclusive (Bangkok), with from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakdownV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_contentLinks: {
        parameters: {
            query?: {
                districtCode?: string;
                /** @description Thai fiscal year (B.E.): 2569 = 1 Oct 2025 – 30 Sep 2026. Default: the current one. */
                fiscalYear?: number;
                /** @description first day (Bangkok), with to */
                from?: string;
                laoCode?: string;
                /** @description a calendar month (C.E.), instead of fiscalYear */
                month?: string;
                provinceCode?: string;
                /** @description last day, inclusive (Bangkok), with from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportContentLinkV1"][];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_export: {
        parameters: {
            query: {
                districtCode?: string;
                /** @description Thai fiscal year (B.E.): 2569 = 1 Oct 2025 – 30 Sep 2026. Default: the current one. */
                fiscalYear?: number;
                format: "csv" | "xlsx";
                /** @description first day (Bangkok), with to */
                from?: string;
                groupBy?: "lao" | "district" | "province";
                laoCode?: string;
                /** @description a calendar month (C.E.), instead of fiscalYear */
                month?: string;
                provinceCode?: string;
                /** @description last day, inclusive (Bangkok), with from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_flaggedSales: {
        parameters: {
            query?: {
                districtCode?: string;
                /** @description Thai fiscal year (B.E.): 2569 = 1 Oct 2025 – 30 Sep 2026. Default: the current one. */
                fiscalYear?: number;
                /** @description first day (Bangkok), with to */
                from?: string;
                laoCode?: string;
                /** @description a calendar month (C.E.), instead of fiscalYear */
                month?: string;
                page?: number;
                pageSize?: number;
                provinceCode?: string;
                /** @description open: still counted; excluded: taken out by an administrator */
                status?: "open" | "excluded" | "all";
                /** @description last day, inclusive (Bangkok), with from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlaggedSalesPageV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_exclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExcludeSaleFields"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleExclusionV1"];
                };
            };
            /** @description reason missing or blank (VALIDATION_FAILED, field reason), orderId not a UUID (field orderId) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description no completed order with this id (field orderId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description already excluded (DUPLICATE) or not a flagged sale (CONFLICT), field orderId */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_listSubmissions: {
        parameters: {
            query?: {
                fiscalYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionV1"][];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitMonthCommand"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_summary: {
        parameters: {
            query?: {
                districtCode?: string;
                /** @description Thai fiscal year (B.E.): 2569 = 1 Oct 2025 – 30 Sep 2026. Default: the current one. */
                fiscalYear?: number;
                /** @description first day (Bangkok), with to */
                from?: string;
                groupBy?: "lao" | "district" | "province";
                laoCode?: string;
                /** @description a calendar month (C.E.), instead of fiscalYear */
                month?: string;
                provinceCode?: string;
                /** @description last day, inclusive (Bangkok), with from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures (gzip-encoded when the client accepts it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReservationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationDetailV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReservationsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelReasonBodyDto"];
            };
        };
        responses: {
            /** @description The reservation, now cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    ReportsController_setTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTargetCommand"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetSetV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description everything answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayHealthV1"];
                };
            };
            /** @description Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Signed in, but this is outside your role or area (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Not found, or not yours to see (NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description Too many failed logins (RATE_LIMITED; see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyV1"];
                };
            };
            /** @description something is down: named in down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayHealthV1"];
                };
            };
        };
    };
}
