package org.iwtraining.console.rest;

import org.iwtraining.console.client.ServiceProblem;

/** A service's refusal in plain words, with what to do about it. */
final class Refusals {

    private Refusals() {
    }

    static String heading(int status) {
        return switch (status) {
            case 401 -> "Your sign-in has ended";
            case 403 -> "You do not have access to this page";
            case 404 -> "Page not found";
            case 409, 412 -> "This was changed by someone else, or cannot be done now";
            case 503 -> "Sorry, the service is unavailable";
            default -> "We could not do that";
        };
    }

    /** What happened and what to do. */
    static String advice(int status) {
        return switch (status) {
            case 401 -> "Sign in again to carry on.";
            case 403 -> "Your account does not have a role that can use this. If you need it, ask your training "
                    + "coordinator to arrange access with the identity team.";
            case 404 -> "It may have been removed, or the address may be wrong. Check the address, or go back and try again.";
            case 409, 412 -> "Go back, reload the page to see the latest, and try again.";
            case 503 -> "Try again in a moment. If it keeps happening, tell the training team.";
            default -> "Go back and check what you entered.";
        };
    }

    /** The service's own sentence (its detail or title) where it gave one, otherwise the advice for its status. */
    static String inWords(ServiceProblem problem) {
        if (problem.detail() != null && !problem.detail().isBlank()) {
            return problem.detail();
        }
        if (problem.title() != null && !problem.title().isBlank() && problem.status() != 403 && problem.status() != 404) {
            return problem.title();
        }
        return advice(problem.status());
    }
}
