package com.erefiber.vicvil.uisp;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.uisp.crm.CrmApi;
import com.erefiber.vicvil.uisp.nms.NmsApi;
import java.net.URI;

/**
 * UISP on one host: the CRM part ({@code <url>/crm/api/v1.0}, {@code X-Auth-App-Key}) and the NMS part
 * ({@code <url>/nms/api/v2.1}, {@code x-auth-token}), each sending only its own credential. The transport
 * should trust {@code uisp.ca_file} when one is configured (see {@code HttpSettings.withCaFile}).
 */
public final class UispClient {
    /** The CRM's name in messages and {@code ApiException.api()}. */
    public static final String CRM_API = "UISP CRM";
    /** The NMS's name in messages and {@code ApiException.api()}. */
    public static final String NMS_API = "UISP NMS";
    /** CRM list page size (the CRM documents no default or maximum). */
    public static final int DEFAULT_PAGE_SIZE = 500;

    private final CrmApi crm;
    private final NmsApi nms;

    public UispClient(HttpTransport transport, AppConfig.Uisp config) {
        this(transport, config, DEFAULT_PAGE_SIZE);
    }

    /** With a CRM page size of choice (tests use a small one to exercise paging). */
    public UispClient(HttpTransport transport, AppConfig.Uisp config, int crmPageSize) {
        String root = config.url().toString().replaceAll("/+$", "");
        this.crm = new CrmApi(
                new UispChannel(
                        transport, CRM_API, URI.create(root + "/crm/api/v1.0"), "X-Auth-App-Key", config.crmApiKey()),
                crmPageSize);
        this.nms = new NmsApi(new UispChannel(
                transport, NMS_API, URI.create(root + "/nms/api/v2.1"), "x-auth-token", config.nmsApiKey()));
    }

    /** The CRM part. */
    public CrmApi crm() {
        return crm;
    }

    /** The NMS part. */
    public NmsApi nms() {
        return nms;
    }
}
