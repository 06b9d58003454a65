package org.iwtraining.booking.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;

/** DNS for webhook targets: every address a host name resolves to (a bean, so a test can answer for DNS). */
@ApplicationScoped
public class HostResolver {

    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
